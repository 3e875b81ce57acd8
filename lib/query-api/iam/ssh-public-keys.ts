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

/** SSH public keys of IAM users (CodeCommit). */
export const SSH_PUBLIC_KEY_OPERATIONS: Record<string, Operation> = {
  async UploadSSHPublicKey({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName(), SSHPublicKeyBody: awsString("sSHPublicKeyBody", IAM.publicKeyMaterial) }), params);
    return { SSHPublicKey: keyShape(await uploadSshPublicKey(db, { actor, userName: p.UserName, sshPublicKeyBody: p.SSHPublicKeyBody, now, context })) };
  },

  async ListSSHPublicKeys({ params, db, actor }) {
    const p = parseParams(z.object({ UserName: userName().optional(), ...pageParams }), params);
    const { page, ...more } = paginate(await listSshPublicKeys(db, { actor, userName: p.UserName }), p);
    return {
      SSHPublicKeys: page.map((key) => ({ UserName: key.userName, SSHPublicKeyId: key.sshPublicKeyId, Status: key.status, UploadDate: key.uploadDate })),
      ...more,
    };
  },

  async GetSSHPublicKey({ params, db, actor }) {
    const p = parseParams(z.object({ UserName: userName(), SSHPublicKeyId: sshPublicKeyId(), Encoding: awsEnum("encoding", ["SSH", "PEM"]) }), params);
    return { SSHPublicKey: keyShape(await getSshPublicKey(db, { actor, userName: p.UserName, sshPublicKeyId: p.SSHPublicKeyId, encoding: p.Encoding })) };
  },

  async UpdateSSHPublicKey({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName(), SSHPublicKeyId: sshPublicKeyId(), Status: status() }), params);
    await updateSshPublicKey(db, { actor, userName: p.UserName, sshPublicKeyId: p.SSHPublicKeyId, status: p.Status, now, context });
    return null;
  },

  async DeleteSSHPublicKey({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName(), SSHPublicKeyId: sshPublicKeyId() }), params);
    await deleteSshPublicKey(db, { actor, userName: p.UserName, sshPublicKeyId: p.SSHPublicKeyId, now, context });
    return null;
  },
};
