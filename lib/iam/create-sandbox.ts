import { newControlledClock } from "../clock/account-clock";
import type { Db } from "../db/types";
import { createAccessKey } from "./create-access-key";
import { createAccount } from "./create-account";
import { createUser } from "./create-user";
import { getPrincipal } from "./get-principal";
import type { RequestContext } from "./principal";
import type { IamSettings } from "./settings";
import type { SandboxRequest } from "./sign-up-schema";

export type CreatedSandbox = {
  accountId: string;
  users: { userName: string; arn: string }[];
  /** The root user's access key, when asked for; its secret is shown this once, as CreateAccessKey's is. */
  accessKey?: { accessKeyId: string; secretAccessKey: string };
  /** With a controlled clock: the token that moves it (lib/clock/account-clock.ts). */
  clockToken?: string;
};

/**
 * A sandbox account with its IAM users, as the sign-up page and then the root user's Create user would
 * make them (the same events are recorded). The request was validated whole first (sandboxRequestSchema),
 * so a user can only fail here for reasons the database reports.
 */
export async function createSandbox(
  db: Db,
  request: SandboxRequest,
  { now, context, settings }: { now: Date; context: RequestContext; settings: IamSettings },
): Promise<CreatedSandbox> {
  const clock = request.controlledClock ? newControlledClock() : null;
  const { accountId } = await createAccount(db, {
    email: request.email,
    accountName: request.accountName,
    password: request.password,
    consoleVersion: request.consoleVersion,
    now,
    context,
    ...(clock && { clock: clock.stored }),
  });
  const root = await getPrincipal(db, accountId, null);
  if (!root) throw new Error(`sandbox ${accountId} vanished while it was being made`);
  const users = [];
  for (const user of request.users) {
    const created = await createUser(db, {
      accountId,
      userName: user.userName,
      password: user.password ?? null,
      administrator: user.administrator,
      actor: root,
      now,
      context,
    });
    users.push({ userName: created.userName, arn: created.arn });
  }
  const clockToken = clock ? { clockToken: clock.token } : {};
  if (!request.accessKey) return { accountId, users, ...clockToken };
  const { accessKeyId, secretAccessKey } = await createAccessKey(db, { actor: root, settings, now, context });
  return { accountId, users, accessKey: { accessKeyId, secretAccessKey }, ...clockToken };
}
