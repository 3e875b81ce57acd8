import "server-only";
import { log } from "../log";
import { headers } from "next/headers";
import type { z } from "zod";
import { getDb } from "../db/client";
import type { Db } from "../db/types";
import { type IamErrorCode, isIamError } from "../iam/errors";
import { PasswordPolicyViolation } from "../iam/password-policy";
import type { RequestContext } from "../iam/principal";
import { fieldErrorsOf } from "../forms";
import { requestContextFrom } from "./request-context";
import { type ConsoleIdentity, getIdentity } from "./session";
import { SWITCH_REFUSED } from "./switch-role";

/** What a console action answers: i18n keys only, never a stack trace or another principal's data. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

export type ActionContext = { identity: ConsoleIdentity; db: Db; now: Date; context: RequestContext };

const CONSOLE_MESSAGES: Partial<Record<IamErrorCode, string>> = {
  InvalidAuthenticationCode: "iamErrors.InvalidAuthenticationCode",
  EntityAlreadyExists: "iamErrors.EntityAlreadyExists",
  LimitExceeded: "iamErrors.LimitExceeded",
  NoSuchEntity: "iamErrors.NoSuchEntity",
  DeleteConflict: "iamErrors.DeleteConflict",
  AccessDenied: "iamErrors.AccessDenied",
};

/** What the console says for an IamError's detail, where it says more than AWS's message (two-codes.ts). */
const CONSOLE_DETAILS: Record<string, string> = {
  identical: "mfaWizard.identicalCodes",
  reused: "mfaWizard.codesUsed",
  wrongOldPassword: "adminValidation.currentPasswordWrong",
  [SWITCH_REFUSED]: "switchRole.invalidInformation",
};

/** The console's message for an AWS error code; codes the console never expects read as a generic failure. */
export function toConsoleError(code: IamErrorCode, detail?: string): string {
  return (detail && CONSOLE_DETAILS[detail]) || (CONSOLE_MESSAGES[code] ?? "common.genericError");
}

/**
 * Every console server action is built with this: server actions are public POST endpoints, so each
 * one checks the session (against the database), parses its input with zod, and maps the domain's
 * errors to console messages itself, whatever the page that shows it does. `schema` may be made per
 * caller, for input checked against who is asking (a confirmation that must be their account id).
 */
export function consoleAction<S extends z.ZodType, T>(
  schema: S | ((identity: ConsoleIdentity) => S),
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    const identity = await getIdentity();
    if (!identity) return { ok: false, error: "iamErrors.signedOut" };
    const parsed = (typeof schema === "function" ? schema(identity) : schema).safeParse(input);
    if (!parsed.success) return { ok: false, error: "common.genericError", fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      const data = await handler(parsed.data, {
        identity,
        db: getDb(),
        now: identity.now,
        context: requestContextFrom(await headers()),
      });
      return { ok: true, data };
    } catch (error) {
      // A refused password: the form words the policy it broke (passwordPolicy.violation) or the reuse.
      if (error instanceof PasswordPolicyViolation) return { ok: false, error: error.rules.includes("reused") ? "passwordPolicy.reused" : "passwordPolicy.violation" };
      if (isIamError(error)) return { ok: false, error: toConsoleError(error.code, error.detail) };
      log.error("console action failed", { error: error instanceof Error ? error.message : String(error) });
      return { ok: false, error: "common.genericError" };
    }
  };
}
