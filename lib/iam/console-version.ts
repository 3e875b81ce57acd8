import { z } from "zod";

/**
 * The AWS console an account's learners see (Account.consoleVersion): "2021", the seed tutorial's
 * ("My Security Credentials", "Activate MFA", one device), or "current", AWS's console since
 * 2022-11 ("Security credentials", "Assign MFA device", named devices, up to 8 of any kind).
 */
export const CONSOLE_VERSIONS = ["2021", "current"] as const;
export type ConsoleVersion = (typeof CONSOLE_VERSIONS)[number];

/** New sandboxes and the demo account start in the seed tutorial's console. */
export const DEFAULT_CONSOLE_VERSION: ConsoleVersion = "2021";

export const consoleVersionSchema = z.enum(CONSOLE_VERSIONS, { message: "consoleVersion.invalid" });

/** The stored value, read defensively: anything unknown is the default console. */
export function consoleVersionOf(stored: string): ConsoleVersion {
  return (CONSOLE_VERSIONS as readonly string[]).includes(stored) ? (stored as ConsoleVersion) : DEFAULT_CONSOLE_VERSION;
}
