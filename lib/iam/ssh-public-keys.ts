import { createHash, createPublicKey, type KeyObject } from "node:crypto";
import { serializableTransaction } from "../db/transactions";
import type { Db, DbOrTx } from "../db/types";
import { isUniqueViolation } from "../db/types";
import { authorizeOnUser } from "./credentials-target";
import type { Action } from "./iam-actions";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import { newSshPublicKeyId } from "./ids";
import type { Principal, RequestContext } from "./principal";

/** AWS's quota of SSH public keys per IAM user. */
export const SSH_PUBLIC_KEYS_PER_USER = 5;
/** AWS refuses RSA keys shorter than 2048 bits (UploadSSHPublicKey's documentation). */
const MIN_RSA_BITS = 2048;

export type SshPublicKeyMetadata = { userName: string; sshPublicKeyId: string; status: "Active" | "Inactive"; uploadDate: Date };
export type SshPublicKey = SshPublicKeyMetadata & { fingerprint: string; sshPublicKeyBody: string };

const OPENSSH = /^ssh-rsa\s+([A-Za-z0-9+/]+={0,2})(?:\s+.*)?$/s;
const PEM_RSA = /^-----BEGIN (?:RSA )?PUBLIC KEY-----/;

const invalid = () => new IamError("InvalidPublicKey", "The public key is malformed or otherwise invalid.");

/** Reads one length-prefixed field of SSH's wire format (RFC 4253 §6.6). */
function readField(blob: Buffer, offset: number): { value: Buffer; next: number } {
  if (offset + 4 > blob.length) throw invalid();
  const length = blob.readUInt32BE(offset);
  if (offset + 4 + length > blob.length) throw invalid();
  return { value: blob.subarray(offset + 4, offset + 4 + length), next: offset + 4 + length };
}

const unsigned = (mpint: Buffer) => (mpint[0] === 0 ? mpint.subarray(1) : mpint);

function wireField(value: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(value.length);
  return Buffer.concat([length, value]);
}

/** SSH's wire encoding of an RSA public key: "ssh-rsa", e, n (mpints with a 0 byte where the top bit is set). */
function sshBlob(key: KeyObject): Buffer {
  const jwk = key.export({ format: "jwk" });
  const mpint = (b64url: string) => {
    const bytes = Buffer.from(b64url, "base64url");
    return bytes[0] & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
  };
  return Buffer.concat([wireField(Buffer.from("ssh-rsa")), wireField(mpint(jwk.e!)), wireField(mpint(jwk.n!))]);
}

/**
 * The RSA key a body holds, in OpenSSH's one-line form or PEM (SubjectPublicKeyInfo or PKCS#1), read
 * with node:crypto. Any other encoding (an ed25519 or ECDSA key, a private key, text) is AWS's
 * UnrecognizedPublicKeyEncoding; a broken or too short RSA key its InvalidPublicKey.
 */
export function parseSshPublicKey(body: string): KeyObject {
  const text = body.trim();
  let key: KeyObject;
  const openssh = OPENSSH.exec(text);
  if (openssh) {
    const blob = Buffer.from(openssh[1], "base64");
    const type = readField(blob, 0);
    if (type.value.toString() !== "ssh-rsa") throw invalid();
    const e = readField(blob, type.next);
    const n = readField(blob, e.next);
    if (n.next !== blob.length) throw invalid();
    try {
      key = createPublicKey({ key: { kty: "RSA", e: unsigned(e.value).toString("base64url"), n: unsigned(n.value).toString("base64url") }, format: "jwk" });
    } catch {
      throw invalid();
    }
  } else if (PEM_RSA.test(text)) {
    try {
      key = createPublicKey(text);
    } catch {
      throw invalid();
    }
    if (key.asymmetricKeyType !== "rsa") throw new IamError("UnrecognizedPublicKeyEncoding", "The public key encoding format is unsupported or unrecognized.");
  } else {
    throw new IamError("UnrecognizedPublicKeyEncoding", "The public key encoding format is unsupported or unrecognized.");
  }
  if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) throw invalid();
  return key;
}

/** AWS's fingerprint: the MD5 of the key's SSH encoding, as colon-separated hex (`ssh-keygen -E md5 -l`). */
export function sshFingerprint(key: KeyObject): string {
  return createHash("md5").update(sshBlob(key)).digest("hex").match(/../g)!.join(":");
}

/** The key in the encoding GetSSHPublicKey asks for: OpenSSH's one line, or PEM (SubjectPublicKeyInfo). */
export function encodeSshPublicKey(body: string, encoding: "SSH" | "PEM"): string {
  const key = parseSshPublicKey(body);
  if (encoding === "PEM") return PEM_RSA.test(body.trim()) ? body.trim() : String(key.export({ type: "spki", format: "pem" })).trim();
  return OPENSSH.test(body.trim()) ? body.trim() : `ssh-rsa ${sshBlob(key).toString("base64")}`;
}

/** The IAM user `userName`, once the caller may manage that user's credentials. */
function ownerOf(db: DbOrTx, actor: Principal, userName: string, action: Action) {
  return authorizeOnUser(db, actor, userName, action);
}

const noSuchKey = (id: string) => new IamError("NoSuchEntity", `The Public Key with id ${id} cannot be found.`);
const statusOf = (status: string) => (status === "Inactive" ? "Inactive" : "Active");

/** UploadSSHPublicKey: Active, at most five per user, one upload of a key per user. */
export async function uploadSshPublicKey(
  db: Db,
  input: { actor: Principal; userName: string; sshPublicKeyBody: string; now: Date; context: RequestContext },
): Promise<SshPublicKey> {
  const { actor, now } = input;
  const user = await ownerOf(db, actor, input.userName, "iam:UploadSSHPublicKey");
  const fingerprint = sshFingerprint(parseSshPublicKey(input.sshPublicKeyBody));
  const row = { id: newSshPublicKeyId(), userId: user.id, body: input.sshPublicKeyBody, fingerprint, status: "Active", uploadedAt: now };
  try {
    await serializableTransaction(db, async (tx) => {
      await tx.sshPublicKey.create({ data: row });
      if ((await tx.sshPublicKey.count({ where: { userId: user.id } })) > SSH_PUBLIC_KEYS_PER_USER) {
        throw new IamError("LimitExceeded", `Cannot exceed quota for SSHPublicKeysPerUser: ${SSH_PUBLIC_KEYS_PER_USER}`);
      }
      await recordCallerEvent(tx, input, "UploadSSHPublicKey", { userName: user.name }, { responseElements: { sSHPublicKey: { sSHPublicKeyId: row.id, fingerprint, status: "Active" } } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new IamError("DuplicateSSHPublicKey", "The SSH public key is already associated with the specified IAM user.");
    throw error;
  }
  return { userName: user.name, sshPublicKeyId: row.id, fingerprint, sshPublicKeyBody: row.body, status: "Active", uploadDate: now };
}

/** ListSSHPublicKeys: a user's keys, or the caller's own; no body. */
export async function listSshPublicKeys(db: DbOrTx, input: { actor: Principal; userName?: string }): Promise<SshPublicKeyMetadata[]> {
  const userName = input.userName ?? input.actor.userName;
  if (!userName) return []; // The root user has no SSH keys: they belong to IAM users.
  const user = await ownerOf(db, input.actor, userName, "iam:ListSSHPublicKeys");
  const rows = await db.sshPublicKey.findMany({ where: { userId: user.id }, orderBy: { uploadedAt: "asc" } });
  return rows.map((row) => ({ userName: user.name, sshPublicKeyId: row.id, status: statusOf(row.status), uploadDate: row.uploadedAt }));
}

/** GetSSHPublicKey, in the encoding asked for. */
export async function getSshPublicKey(
  db: DbOrTx,
  input: { actor: Principal; userName: string; sshPublicKeyId: string; encoding: "SSH" | "PEM" },
): Promise<SshPublicKey> {
  const user = await ownerOf(db, input.actor, input.userName, "iam:GetSSHPublicKey");
  const row = await db.sshPublicKey.findFirst({ where: { id: input.sshPublicKeyId, userId: user.id } });
  if (!row) throw noSuchKey(input.sshPublicKeyId);
  return {
    userName: user.name,
    sshPublicKeyId: row.id,
    fingerprint: row.fingerprint,
    sshPublicKeyBody: encodeSshPublicKey(row.body, input.encoding),
    status: statusOf(row.status),
    uploadDate: row.uploadedAt,
  };
}

/** UpdateSSHPublicKey: Active or Inactive. */
export async function updateSshPublicKey(
  db: Db,
  input: { actor: Principal; userName: string; sshPublicKeyId: string; status: "Active" | "Inactive"; now: Date; context: RequestContext },
): Promise<void> {
  const user = await ownerOf(db, input.actor, input.userName, "iam:UpdateSSHPublicKey");
  await db.$transaction(async (tx) => {
    const { count } = await tx.sshPublicKey.updateMany({ where: { id: input.sshPublicKeyId, userId: user.id }, data: { status: input.status } });
    if (count !== 1) throw noSuchKey(input.sshPublicKeyId);
    await recordCallerEvent(tx, input, "UpdateSSHPublicKey", { userName: user.name, sSHPublicKeyId: input.sshPublicKeyId, status: input.status });
  });
}

/** DeleteSSHPublicKey. */
export async function deleteSshPublicKey(
  db: Db,
  input: { actor: Principal; userName: string; sshPublicKeyId: string; now: Date; context: RequestContext },
): Promise<void> {
  const user = await ownerOf(db, input.actor, input.userName, "iam:DeleteSSHPublicKey");
  await db.$transaction(async (tx) => {
    const { count } = await tx.sshPublicKey.deleteMany({ where: { id: input.sshPublicKeyId, userId: user.id } });
    if (count !== 1) throw noSuchKey(input.sshPublicKeyId);
    await recordCallerEvent(tx, input, "DeleteSSHPublicKey", { userName: user.name, sSHPublicKeyId: input.sshPublicKeyId });
  });
}
