import { hashPassword } from "../auth/password";
import type { Db } from "../db/types";
import { isUniqueViolation } from "../db/types";
import { rootArn } from "./arn";
import type { ConsoleVersion } from "./console-version";
import { IamError } from "./errors";
import { EVENT_SOURCE, recordEvent } from "./events";
import { newAccountId } from "./ids";
import type { RequestContext } from "./principal";

export type CreateAccountInput = {
  /** Already validated and lower-cased (emailSchema). */
  email: string;
  accountName: string;
  /** Already checked against the password policy (newPasswordSchema). */
  password: string;
  now: Date;
  context: RequestContext;
  alias?: string | null;
  isDemo?: boolean;
  /** The default is the seed tutorial's 2021 console. */
  consoleVersion?: ConsoleVersion;
  /** A controlled clock's starting offset and token hash (lib/clock/account-clock.ts). */
  clock?: { clockOffsetSeconds: number; clockTokenHash: string };
  /** A visitor's private copy of the demo account (lib/iam/demo-copies.ts): its token's hash. */
  demoCopyTokenHash?: string;
  /** A fixed id, for the seeded demo account; sandboxes get a random one. */
  accountId?: string;
};

const ID_ATTEMPTS = 5;

/** Creates an isolated sandbox account with its root user. */
export async function createAccount(db: Db, input: CreateAccountInput): Promise<{ accountId: string }> {
  const rootPasswordHash = await hashPassword(input.password);
  if (await db.account.findUnique({ where: { rootEmail: input.email }, select: { id: true } })) {
    throw new IamError("EntityAlreadyExists", "An account with this root user email address already exists.");
  }
  for (let attempt = 1; ; attempt++) {
    const accountId = input.accountId ?? newAccountId();
    try {
      await db.$transaction(async (tx) => {
        await tx.account.create({
          data: {
            id: accountId,
            alias: input.alias ?? null,
            name: input.accountName,
            rootEmail: input.email,
            rootPasswordHash,
            isDemo: input.isDemo ?? false,
            consoleVersion: input.consoleVersion,
            demoCopyTokenHash: input.demoCopyTokenHash ?? null,
            ...input.clock,
            createdAt: input.now,
          },
        });
        await recordEvent(tx, {
          accountId,
          eventName: "CreateAccount",
          eventSource: EVENT_SOURCE.signin,
          now: input.now,
          context: input.context,
          principal: { arn: rootArn(accountId), isRoot: true, userName: null },
          requestParameters: { accountName: input.accountName, email: input.email },
        });
      });
      return { accountId };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The e-mail was taken between the check and the insert, or the random id collided: retry only the latter.
      if (await db.account.findUnique({ where: { rootEmail: input.email }, select: { id: true } })) {
        throw new IamError("EntityAlreadyExists", "An account with this root user email address already exists.");
      }
      if (input.accountId || attempt >= ID_ATTEMPTS) throw error;
    }
  }
}
