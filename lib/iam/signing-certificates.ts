import { createHash, X509Certificate } from "node:crypto";
import { serializableTransaction } from "../db/transactions";
import type { Db, DbOrTx } from "../db/types";
import { isUniqueViolation } from "../db/types";
import { type CredentialsTarget, resolveCredentialsTarget, targetUserName } from "./credentials-target";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import { newCertificateId } from "./ids";
import type { Principal, RequestContext } from "./principal";

/** AWS allows two signing certificates per user (and per root user). */
export const CERTIFICATES_PER_USER = 2;

export type SigningCertificate = { userName: string | null; certificateId: string; certificateBody: string; status: "Active" | "Inactive"; uploadDate: Date };

const ownedBy = (accountId: string, target: CredentialsTarget) =>
  target.kind === "root" ? { accountId, userId: null } : { accountId, userId: target.userId };

const noSuchCertificate = (id: string) => new IamError("NoSuchEntity", `The Certificate with id ${id} cannot be found.`);

type Parsed = { der: Buffer };

/**
 * The certificate a PEM body holds, as node:crypto's X509Certificate reads it. AWS's MalformedCertificate
 * for anything else (its message quotes the body), and for a certificate outside its validity period;
 * InvalidCertificate for a certificate whose key is not RSA, the only kind AWS's signing certificates use.
 */
function parseCertificate(body: string, now: Date): Parsed {
  let certificate: X509Certificate;
  try {
    if (!/-----BEGIN CERTIFICATE-----/.test(body)) throw new Error("not PEM");
    certificate = new X509Certificate(body);
  } catch {
    throw new IamError("MalformedCertificate", `Certificate ${body} is malformed.`);
  }
  if (now < new Date(certificate.validFrom) || now > new Date(certificate.validTo)) {
    throw new IamError("MalformedCertificate", "Certificate is expired or not yet valid.");
  }
  if (certificate.publicKey.asymmetricKeyType !== "rsa") {
    throw new IamError("InvalidCertificate", "Certificate is invalid.");
  }
  return { der: certificate.raw };
}

function shapeOf(row: { id: string; body: string; status: string; uploadedAt: Date }, target: CredentialsTarget): SigningCertificate {
  return { userName: targetUserName(target), certificateId: row.id, certificateBody: row.body, status: row.status === "Inactive" ? "Inactive" : "Active", uploadDate: row.uploadedAt };
}

/** UploadSigningCertificate: Active, at most two per user, one upload of a certificate per account. */
export async function uploadSigningCertificate(
  db: Db,
  input: { actor: Principal; userName?: string; certificateBody: string; now: Date; context: RequestContext },
): Promise<SigningCertificate> {
  const { actor, now } = input;
  const target = await resolveCredentialsTarget(db, actor, input.userName, "iam:UploadSigningCertificate");
  const { der } = parseCertificate(input.certificateBody, now);
  const row = { id: newCertificateId(), body: input.certificateBody, status: "Active", uploadedAt: now };
  try {
    await serializableTransaction(db, async (tx) => {
      await tx.signingCertificate.create({ data: { ...row, ...ownedBy(actor.accountId, target), fingerprint: createHash("sha256").update(der).digest("hex") } });
      if ((await tx.signingCertificate.count({ where: ownedBy(actor.accountId, target) })) > CERTIFICATES_PER_USER) {
        throw new IamError("LimitExceeded", `Cannot exceed quota for CertificatesPerUser: ${CERTIFICATES_PER_USER}`);
      }
      await recordCallerEvent(tx, input, "UploadSigningCertificate", { userName: targetUserName(target) }, { responseElements: { certificate: { certificateId: row.id, status: "Active" } } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new IamError("DuplicateCertificate", "The same certificate is already associated with an IAM user in the account.");
    throw error;
  }
  return shapeOf(row, target);
}

/** ListSigningCertificates: the user's, or the caller's own, oldest first. */
export async function listSigningCertificates(db: DbOrTx, input: { actor: Principal; userName?: string }): Promise<SigningCertificate[]> {
  const target = await resolveCredentialsTarget(db, input.actor, input.userName, "iam:ListSigningCertificates");
  const rows = await db.signingCertificate.findMany({ where: ownedBy(input.actor.accountId, target), orderBy: { uploadedAt: "asc" } });
  return rows.map((row) => shapeOf(row, target));
}

/** UpdateSigningCertificate: Active or Inactive. */
export async function updateSigningCertificate(
  db: Db,
  input: { actor: Principal; userName?: string; certificateId: string; status: "Active" | "Inactive"; now: Date; context: RequestContext },
): Promise<void> {
  const target = await resolveCredentialsTarget(db, input.actor, input.userName, "iam:UpdateSigningCertificate");
  await db.$transaction(async (tx) => {
    const { count } = await tx.signingCertificate.updateMany({ where: { id: input.certificateId, ...ownedBy(input.actor.accountId, target) }, data: { status: input.status } });
    if (count !== 1) throw noSuchCertificate(input.certificateId);
    await recordCallerEvent(tx, input, "UpdateSigningCertificate", { userName: targetUserName(target), certificateId: input.certificateId, status: input.status });
  });
}

/** DeleteSigningCertificate. */
export async function deleteSigningCertificate(
  db: Db,
  input: { actor: Principal; userName?: string; certificateId: string; now: Date; context: RequestContext },
): Promise<void> {
  const target = await resolveCredentialsTarget(db, input.actor, input.userName, "iam:DeleteSigningCertificate");
  await db.$transaction(async (tx) => {
    const { count } = await tx.signingCertificate.deleteMany({ where: { id: input.certificateId, ...ownedBy(input.actor.accountId, target) } });
    if (count !== 1) throw noSuchCertificate(input.certificateId);
    await recordCallerEvent(tx, input, "DeleteSigningCertificate", { userName: targetUserName(target), certificateId: input.certificateId });
  });
}
