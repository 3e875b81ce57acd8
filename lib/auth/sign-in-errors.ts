import { CredentialsSignin } from "next-auth";
import type { MfaFailure } from "../mfa/mfa-failure";

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

/**
 * The MFA step was refused. In the forms' server actions next-auth throws this very object, so they read
 * `failure`; HTTP callers of /api/auth/callback/mfa get its reason as the redirect's `code`.
 */
export class MfaSignInFailed extends CredentialsSignin {
  constructor(readonly failure: MfaFailure) {
    super();
    this.code = failure.reason;
  }
}
