import { randomInt } from "node:crypto";
import { serializableTransaction } from "../db/transactions";
import type { Db, DbOrTx } from "../db/types";
import { encryptSecret } from "../mfa/secret-crypto";
import { authorizeOnUser } from "./credentials-target";
import type { Action } from "./iam-actions";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import { newServiceSpecificCredentialId } from "./ids";
import type { Principal, RequestContext } from "./principal";
import type { IamSettings } from "./settings";

/** The services that take service-specific credentials: CodeCommit's HTTPS Git and Amazon Keyspaces. */
export const SERVICES_WITH_CREDENTIALS = ["codecommit.amazonaws.com", "cassandra.amazonaws.com"] as const;
/** AWS allows two sets per supported service per user. */
export const CREDENTIALS_PER_USER_PER_SERVICE = 2;

export type ServiceSpecificCredentialMetadata = {
  userName: string;
  status: "Active" | "Inactive";
  serviceUserName: string;
  createDate: Date;
  serviceSpecificCredentialId: string;
  serviceName: string;
};
/** With the password: only CreateServiceSpecificCredential and ResetServiceSpecificCredential show it. */
export type ServiceSpecificCredential = ServiceSpecificCredentialMetadata & { servicePassword: string };

function checkService(serviceName: string): void {
  if (!(SERVICES_WITH_CREDENTIALS as readonly string[]).includes(serviceName)) {
    throw new IamError("NoSuchEntity", `No such service ${serviceName} is supported for Service Specific Credentials`);
  }
}

const PASSWORD_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** A service password as AWS makes them: 59 characters of the base64 alphabet and a final "=". */
const newServicePassword = () => Array.from({ length: 59 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join("") + "=";

/** The user whose credentials these are: `userName`, or the calling IAM user (the root user has none). */
async function ownerOf(db: DbOrTx, actor: Principal, userName: string | undefined, action: Action) {
  const name = userName ?? actor.userName;
  if (!name) throw new IamError("NoSuchEntity", "The user with name root cannot be found.");
  return authorizeOnUser(db, actor, name, action);
}

type Row = { id: string; serviceName: string; serviceUserName: string; status: string; createdAt: Date };
const metadataOf = (userName: string, row: Row): ServiceSpecificCredentialMetadata => ({
  userName,
  status: row.status === "Inactive" ? "Inactive" : "Active",
  serviceUserName: row.serviceUserName,
  createDate: row.createdAt,
  serviceSpecificCredentialId: row.id,
  serviceName: row.serviceName,
});
const noSuchCredential = (id: string) => new IamError("NoSuchEntity", `No such credential ${id} exists`);

/**
 * CreateServiceSpecificCredential: a user name ("alice-at-111122223333", then "alice+1-at-…") and a
 * generated password, stored encrypted like an access key's secret.
 */
export async function createServiceSpecificCredential(
  db: Db,
  input: { actor: Principal; userName: string; serviceName: string; settings: IamSettings; now: Date; context: RequestContext },
): Promise<ServiceSpecificCredential> {
  const { actor, now } = input;
  const user = await ownerOf(db, actor, input.userName, "iam:CreateServiceSpecificCredential");
  checkService(input.serviceName);
  const servicePassword = newServicePassword();
  const id = newServiceSpecificCredentialId();
  const row = await serializableTransaction(db, async (tx) => {
    const existing = await tx.serviceSpecificCredential.findMany({ where: { userId: user.id, serviceName: input.serviceName }, select: { serviceUserName: true } });
    if (existing.length >= CREDENTIALS_PER_USER_PER_SERVICE) {
      throw new IamError("LimitExceeded", `Cannot exceed quota for ServiceSpecificCredentialsPerUserPerService: ${CREDENTIALS_PER_USER_PER_SERVICE}`);
    }
    const taken = new Set(existing.map((credential) => credential.serviceUserName));
    const serviceUserName = [`${user.name}-at-${actor.accountId}`, `${user.name}+1-at-${actor.accountId}`].find((name) => !taken.has(name))!;
    const created = await tx.serviceSpecificCredential.create({
      data: {
        id,
        userId: user.id,
        serviceName: input.serviceName,
        serviceUserName,
        passwordCiphertext: encryptSecret(servicePassword, input.settings.encryptionKey),
        createdAt: now,
      },
    });
    await recordCallerEvent(tx, input, "CreateServiceSpecificCredential", { userName: user.name, serviceName: input.serviceName }, {
      responseElements: { serviceSpecificCredential: { serviceSpecificCredentialId: id, serviceUserName, status: "Active" } },
    });
    return created;
  });
  return { ...metadataOf(user.name, row), servicePassword };
}

/** ListServiceSpecificCredentials: a user's (or the caller's), of one service or of all; never a password. */
export async function listServiceSpecificCredentials(
  db: DbOrTx,
  input: { actor: Principal; userName?: string; serviceName?: string },
): Promise<ServiceSpecificCredentialMetadata[]> {
  if (!input.userName && input.actor.isRoot) return [];
  const user = await ownerOf(db, input.actor, input.userName, "iam:ListServiceSpecificCredentials");
  if (input.serviceName !== undefined) checkService(input.serviceName);
  const rows = await db.serviceSpecificCredential.findMany({
    where: { userId: user.id, ...(input.serviceName !== undefined ? { serviceName: input.serviceName } : {}) },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => metadataOf(user.name, row));
}

/** UpdateServiceSpecificCredential: Active or Inactive. */
export async function updateServiceSpecificCredential(
  db: Db,
  input: { actor: Principal; userName?: string; serviceSpecificCredentialId: string; status: "Active" | "Inactive"; now: Date; context: RequestContext },
): Promise<void> {
  const user = await ownerOf(db, input.actor, input.userName, "iam:UpdateServiceSpecificCredential");
  await db.$transaction(async (tx) => {
    const { count } = await tx.serviceSpecificCredential.updateMany({ where: { id: input.serviceSpecificCredentialId, userId: user.id }, data: { status: input.status } });
    if (count !== 1) throw noSuchCredential(input.serviceSpecificCredentialId);
    await recordCallerEvent(tx, input, "UpdateServiceSpecificCredential", {
      userName: user.name,
      serviceSpecificCredentialId: input.serviceSpecificCredentialId,
      status: input.status,
    });
  });
}

/** ResetServiceSpecificCredential: a new password, shown this once. */
export async function resetServiceSpecificCredential(
  db: Db,
  input: { actor: Principal; userName?: string; serviceSpecificCredentialId: string; settings: IamSettings; now: Date; context: RequestContext },
): Promise<ServiceSpecificCredential> {
  const user = await ownerOf(db, input.actor, input.userName, "iam:ResetServiceSpecificCredential");
  const servicePassword = newServicePassword();
  const row = await db.$transaction(async (tx) => {
    const found = await tx.serviceSpecificCredential.findFirst({ where: { id: input.serviceSpecificCredentialId, userId: user.id } });
    if (!found) throw noSuchCredential(input.serviceSpecificCredentialId);
    await tx.serviceSpecificCredential.update({ where: { id: found.id }, data: { passwordCiphertext: encryptSecret(servicePassword, input.settings.encryptionKey) } });
    await recordCallerEvent(tx, input, "ResetServiceSpecificCredential", { userName: user.name, serviceSpecificCredentialId: found.id });
    return found;
  });
  return { ...metadataOf(user.name, row), servicePassword };
}

/** DeleteServiceSpecificCredential. */
export async function deleteServiceSpecificCredential(
  db: Db,
  input: { actor: Principal; userName?: string; serviceSpecificCredentialId: string; now: Date; context: RequestContext },
): Promise<void> {
  const user = await ownerOf(db, input.actor, input.userName, "iam:DeleteServiceSpecificCredential");
  await db.$transaction(async (tx) => {
    const { count } = await tx.serviceSpecificCredential.deleteMany({ where: { id: input.serviceSpecificCredentialId, userId: user.id } });
    if (count !== 1) throw noSuchCredential(input.serviceSpecificCredentialId);
    await recordCallerEvent(tx, input, "DeleteServiceSpecificCredential", { userName: user.name, serviceSpecificCredentialId: input.serviceSpecificCredentialId });
  });
}

