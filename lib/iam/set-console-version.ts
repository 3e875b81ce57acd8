import type { Db } from "../db/types";
import { requireRoot } from "./authorize";
import type { ConsoleVersion } from "./console-version";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";

/**
 * Switches the account between the 2021 console and the current one: a lab setting of the root user's
 * (AWS has one console at a time). Devices stay as they are; the new console's limit applies to the next one.
 */
export async function setConsoleVersion(
  db: Db,
  input: { actor: Principal; consoleVersion: ConsoleVersion; now: Date; context: RequestContext },
): Promise<void> {
  const { actor } = input;
  requireRoot(actor, "iam:UpdateAccountSettings");
  await db.$transaction(async (tx) => {
    await tx.account.update({ where: { id: actor.accountId }, data: { consoleVersion: input.consoleVersion } });
    await recordCallerEvent(tx, input, "UpdateAccountSettings", { consoleVersion: input.consoleVersion });
  });
}
