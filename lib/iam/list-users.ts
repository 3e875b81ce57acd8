import type { DbOrTx } from "../db/types";
import { authorize } from "./authorize";
import { usersResource } from "./iam-actions";
import { ADMINISTRATOR_ACCESS_ARN, hasAdministratorAccess } from "./lab-policies";
import { isMfaDeviceKind, type MfaDeviceKind } from "./mfa-device-kinds";
import type { Principal } from "./principal";

export type UserListItem = {
  userId: string;
  userName: string;
  path: string;
  arn: string;
  createdAt: Date;
  /** AdministratorAccess attached to the user: the console's "Administrator" label. */
  administrator: boolean;
  hasConsolePassword: boolean;
  passwordSetAt: Date | null;
  passwordLastUsed: Date | null;
  /** The kinds of the user's MFA devices, each once, in the order they were enabled: the list's MFA column. */
  mfaDeviceKinds: MfaDeviceKind[];
};

/** ListUsers: the account's IAM users, by name, with what the console's Users list shows. */
export async function listUsers(db: DbOrTx, input: { actor: Principal; pathPrefix?: string }): Promise<UserListItem[]> {
  await authorize(db, input.actor, "iam:ListUsers", usersResource(input.actor.accountId, input.pathPrefix));
  const users = await db.user.findMany({
    where: { accountId: input.actor.accountId },
    orderBy: { nameKey: "asc" },
    include: {
      mfaDevices: { select: { kind: true }, orderBy: { enabledAt: "asc" } },
      policyAttachments: { where: { policyArn: ADMINISTRATOR_ACCESS_ARN }, select: { policyArn: true } },
    },
  });
  return users.map((user) => ({
    userId: user.id,
    userName: user.name,
    path: user.path,
    arn: user.arn,
    createdAt: user.createdAt,
    administrator: hasAdministratorAccess(user.policyAttachments),
    hasConsolePassword: user.passwordHash !== null,
    passwordSetAt: user.passwordSetAt,
    passwordLastUsed: user.passwordLastUsed,
    mfaDeviceKinds: [...new Set(user.mfaDevices.map((device) => device.kind).filter(isMfaDeviceKind))],
  }));
}
