import { CredentialsSignin } from "next-auth";

// next-auth reports a failed Credentials sign-in as a CredentialsSignin whose `code` is all that
// reaches the sign-in form's action. These codes carry the outcomes the forms tell apart.

/** The password was right and the principal has MFA: go to the challenge page. */
export class MfaRequired extends CredentialsSignin {
  code = "mfa_required";
}

/** The password (and code, if any) were right, but the password must be changed first: go to that page. */
export class PasswordChangeRequired extends CredentialsSignin {
  code = "password_change_required";
}

/** The password was right but expired, and the policy's HardExpiry leaves its reset to an administrator. */
export class PasswordExpired extends CredentialsSignin {
  code = "password_expired";
}

/** The password-change step failed: why, for its form. */
export class PasswordChangeFailed extends CredentialsSignin {
  constructor(reason: string) {
    super();
    this.code = reason;
  }
}

export type MfaFailure = { reason: "expired" } | { reason: "invalid" } | { reason: "passwordExpired" } | { reason: "wait" | "locked"; retryAt: Date };

export class MfaSignInFailed extends CredentialsSignin {
  constructor(failure: MfaFailure) {
    super();
    this.code = "retryAt" in failure ? `${failure.reason}:${failure.retryAt.getTime()}` : failure.reason;
  }
}

export function parseMfaFailure(code: string | undefined): MfaFailure {
  const [reason, at] = (code ?? "").split(":");
  if ((reason === "wait" || reason === "locked") && Number.isFinite(Number(at))) return { reason, retryAt: new Date(Number(at)) };
  return { reason: reason === "invalid" || reason === "passwordExpired" ? reason : "expired" };
}
