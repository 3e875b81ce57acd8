import type { Db } from "../db/types";
import { createAccount } from "./create-account";
import { createUser } from "./create-user";
import { getPrincipal } from "./get-principal";
import type { RequestContext } from "./principal";
import type { SandboxRequest } from "./sign-up-schema";

export type CreatedSandbox = { accountId: string; users: { userName: string; arn: string }[] };

/**
 * A sandbox account with its IAM users, as the sign-up page and then the root user's Create user would
 * make them (the same events are recorded). The request was validated whole first (sandboxRequestSchema),
 * so a user can only fail here for reasons the database reports.
 */
export async function createSandbox(db: Db, request: SandboxRequest, { now, context }: { now: Date; context: RequestContext }): Promise<CreatedSandbox> {
  const { accountId } = await createAccount(db, {
    email: request.email,
    accountName: request.accountName,
    password: request.password,
    consoleVersion: request.consoleVersion,
    now,
    context,
  });
  const root = await getPrincipal(db, accountId, null);
  if (!root) throw new Error(`sandbox ${accountId} vanished while it was being made`);
  const users = [];
  for (const user of request.users) {
    const created = await createUser(db, {
      accountId,
      userName: user.userName,
      password: user.password ?? null,
      isAdmin: user.administrator,
      actor: root,
      now,
      context,
    });
    users.push({ userName: created.userName, arn: created.arn });
  }
  return { accountId, users };
}
