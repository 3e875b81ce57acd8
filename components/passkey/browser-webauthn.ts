"use client";

import {
  type AuthenticationResponseJSON,
  browserSupportsWebAuthn,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  startAuthentication,
  startRegistration,
  WebAuthnError,
} from "@simplewebauthn/browser";

// The browser's half of a WebAuthn ceremony, through @simplewebauthn/browser (bundled, no inline script,
// so it runs under a nonce CSP). Failures come back as a reason the page can word in either language.

export type CeremonyFailure = "insecure" | "unsupported" | "cancelled" | "duplicate" | "failed";
export type Ceremony<T> = { ok: true; response: T } | { ok: false; reason: CeremonyFailure };

/** Why this page cannot run a ceremony at all, before asking the server for options. */
export function ceremonyUnavailable(): CeremonyFailure | null {
  if (!window.isSecureContext) return "insecure";
  return browserSupportsWebAuthn() ? null : "unsupported";
}

function failureOf(error: unknown): CeremonyFailure {
  if (error instanceof WebAuthnError) {
    if (error.code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED") return "duplicate";
    if (error.code === "ERROR_CEREMONY_ABORTED") return "cancelled";
  }
  // NotAllowedError: the learner closed the prompt, or it timed out.
  return error instanceof Error && error.name === "NotAllowedError" ? "cancelled" : "failed";
}

async function run<T>(ceremony: () => Promise<T>): Promise<Ceremony<T>> {
  const unavailable = ceremonyUnavailable();
  if (unavailable) return { ok: false, reason: unavailable };
  try {
    return { ok: true, response: await ceremony() };
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
}

export function createCredential(optionsJSON: PublicKeyCredentialCreationOptionsJSON): Promise<Ceremony<RegistrationResponseJSON>> {
  return run(() => startRegistration({ optionsJSON }));
}

export function getAssertion(optionsJSON: PublicKeyCredentialRequestOptionsJSON): Promise<Ceremony<AuthenticationResponseJSON>> {
  return run(() => startAuthentication({ optionsJSON }));
}
