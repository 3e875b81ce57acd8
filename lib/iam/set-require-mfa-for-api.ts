import type { Db } from "../db/types";
import { requireAccountAdministrator } from "./authorization";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";

/** Turns the account's "Require MFA for API calls" on or off (require-mfa-for-api.ts enforces it). */
export async function setRequireMfaForApi(
  db: Db,
  input: { actor: Principal; required: boolean; now: Date; context: RequestContext },
): Promise<void> {
  const { actor } = input;
  requireAccountAdministrator(actor, "UpdateAccountSettings");
  await db.$transaction(async (tx) => {
    await tx.account.update({ where: { id: actor.accountId }, data: { requireMfaForApi: input.required } });
    await recordCallerEvent(tx, input, "UpdateAccountSettings", { requireMfaForApi: input.required });
  });
}
