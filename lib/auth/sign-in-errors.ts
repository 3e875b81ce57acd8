import { CredentialsSignin } from "next-auth";
import type { MfaFailure } from "../mfa/mfa-failure";

// next-auth reports a failed Credentials sign-in as a CredentialsSignin whose `code` is all that
// reaches the sign-in form's action. These codes carry the outcomes the forms tell apart.

/** The password was right and the principal has MFA: go to the challenge page. */
export class MfaRequired extends CredentialsSignin {
  code = "mfa_required";
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
