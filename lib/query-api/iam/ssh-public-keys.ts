import "server-only";
import { z } from "zod";
import { IAM } from "../../iam/constraints";
import { deleteSshPublicKey, getSshPublicKey, listSshPublicKeys, type SshPublicKey, updateSshPublicKey, uploadSshPublicKey } from "../../iam/ssh-public-keys";
import type { Operation } from "../operation";
import { awsEnum, awsString, pageParams, paginate, parseParams } from "../params";
import { newUserName, sshPublicKeyId, status } from "./params";

// These operations take userNameType (1-64 characters), not existingUserNameType.
const userName = () => newUserName();

const keyShape = (key: SshPublicKey) => ({
  UserName: key.userName,
  SSHPublicKeyId: key.sshPublicKeyId,
  Fingerprint: key.fingerprint,
  SSHPublicKeyBody: key.sshPublicKeyBody,
  Status: key.status,
  UploadDate: key.uploadDate,
});

// Each operation's parameters, built once (./params.ts).
const UPLOAD_SSH_PUBLIC_KEY = z.object({ UserName: userName(), SSHPublicKeyBody: awsString("sSHPublicKeyBody", IAM.publicKeyMaterial) });
const LIST_SSH_PUBLIC_KEYS = z.object({ UserName: userName().optional(), ...pageParams });
const GET_SSH_PUBLIC_KEY = z.object({ UserName: userName(), SSHPublicKeyId: sshPublicKeyId(), Encoding: awsEnum("encoding", ["SSH", "PEM"]) });
const UPDATE_SSH_PUBLIC_KEY = z.object({ UserName: userName(), SSHPublicKeyId: sshPublicKeyId(), Status: status() });
const DELETE_SSH_PUBLIC_KEY = z.object({ UserName: userName(), SSHPublicKeyId: sshPublicKeyId() });

/** SSH public keys of IAM users (CodeCommit). */
export const SSH_PUBLIC_KEY_OPERATIONS: Record<string, Operation> = {
  async UploadSSHPublicKey({ params, db, actor, now, context }) {
    const p = parseParams(UPLOAD_SSH_PUBLIC_KEY, params);
    return { SSHPublicKey: keyShape(await uploadSshPublicKey(db, { actor, userName: p.UserName, sshPublicKeyBody: p.SSHPublicKeyBody, now, context })) };
  },

  async ListSSHPublicKeys({ params, db, actor }) {
    const p = parseParams(LIST_SSH_PUBLIC_KEYS, params);
    const { page, ...more } = paginate(await listSshPublicKeys(db, { actor, userName: p.UserName }), p);
    return {
      SSHPublicKeys: page.map((key) => ({ UserName: key.userName, SSHPublicKeyId: key.sshPublicKeyId, Status: key.status, UploadDate: key.uploadDate })),
      ...more,
    };
  },

  async GetSSHPublicKey({ params, db, actor }) {
    const p = parseParams(GET_SSH_PUBLIC_KEY, params);
    return { SSHPublicKey: keyShape(await getSshPublicKey(db, { actor, userName: p.UserName, sshPublicKeyId: p.SSHPublicKeyId, encoding: p.Encoding })) };
  },

  async UpdateSSHPublicKey({ params, db, actor, now, context }) {
    const p = parseParams(UPDATE_SSH_PUBLIC_KEY, params);
    await updateSshPublicKey(db, { actor, userName: p.UserName, sshPublicKeyId: p.SSHPublicKeyId, status: p.Status, now, context });
    return null;
  },

  async DeleteSSHPublicKey({ params, db, actor, now, context }) {
    const p = parseParams(DELETE_SSH_PUBLIC_KEY, params);
    await deleteSshPublicKey(db, { actor, userName: p.UserName, sshPublicKeyId: p.SSHPublicKeyId, now, context });
    return null;
  },
};
