import { isIP } from "node:net";
import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";

// Passkeys and security keys (WebAuthn) as the lab's second factor, through @simplewebauthn/server.
// Every ceremony names its relying party from the address the learner opened the lab at, so it works at
// http://localhost:PORT as behind any host name; browsers refuse an IP address as a relying party id.
// Nothing here keeps state: the challenge store and the devices are the caller's (lib/iam).

/** A relying party: its id (the host name, no port) and the one origin WebAuthn answers may come from. */
export type RelyingParty = { id: string; origin: string };

export type RelyingPartyResult = { ok: true; rp: RelyingParty } | { ok: false; reason: "ip-address" | "bad-origin" };

/** How long a browser gives the learner to touch the key (the challenge itself lives as long: CHALLENGE_TTL_MS). */
export const CEREMONY_TIMEOUT_MS = 2 * 60 * 1000;
export const WEBAUTHN_CHALLENGE_TTL_MS = 5 * 60 * 1000;
const RP_NAME = "Amazon Web Services";

/** The relying party for a page served at `origin` ("http://localhost:3000", "https://lab.example.com"). */
export function relyingPartyFor(origin: string): RelyingPartyResult {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return { ok: false, reason: "bad-origin" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, reason: "bad-origin" };
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (isIP(host) !== 0) return { ok: false, reason: "ip-address" };
  return { ok: true, rp: { id: host, origin: url.origin } };
}

const TRANSPORTS: readonly AuthenticatorTransport[] = ["ble", "hybrid", "internal", "nfc", "usb"];

/** The transports WebAuthn defines, out of what a browser or the database says. */
export function knownTransports(values: readonly string[]): AuthenticatorTransport[] {
  return TRANSPORTS.filter((transport) => values.includes(transport));
}

/** The credential a FIDO device holds, as stored (lib/iam keeps it on the MfaDevice row). */
export type StoredCredential = { credentialId: string; publicKey: string; signCount: number; transports: AuthenticatorTransport[] };

export function registrationOptions(input: {
  rp: RelyingParty;
  /** What the authenticator shows as the account ("root@123456789012", "alice@my-lab"). */
  userName: string;
  /** A stable id for the principal, so an authenticator keeps one credential per principal. */
  userId: Uint8Array<ArrayBuffer>;
  challenge: string;
  /** The principal's existing credentials: the browser refuses to register one authenticator twice. */
  exclude: Pick<StoredCredential, "credentialId" | "transports">[];
}): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: input.rp.id,
    userName: input.userName,
    userID: input.userId,
    // As bytes: a string would be taken as text and encoded again.
    challenge: isoBase64URL.toBuffer(input.challenge),
    timeout: CEREMONY_TIMEOUT_MS,
    // "none": the lab keeps no attestation roots, as AWS accepts keys of any make.
    attestationType: "none",
    excludeCredentials: input.exclude.map((c) => ({ id: c.credentialId, transports: c.transports })),
    // A second factor after the password: presence (a touch) is what counts, not a PIN.
    authenticatorSelection: { residentKey: "discouraged", userVerification: "discouraged" },
  });
}

export type RegisteredCredential = StoredCredential & { aaguid: string };

/** The registration answer checked against what was asked; null when it does not hold. */
export async function verifyRegistration(input: {
  response: RegistrationResponseJSON;
  expectedChallenge: string;
  rp: RelyingParty;
}): Promise<RegisteredCredential | null> {
  try {
    const { verified, registrationInfo } = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: input.expectedChallenge,
      expectedOrigin: input.rp.origin,
      expectedRPID: input.rp.id,
      requireUserVerification: false,
    });
    if (!verified) return null;
    const { credential, aaguid } = registrationInfo;
    return {
      credentialId: credential.id,
      publicKey: isoBase64URL.fromBuffer(credential.publicKey),
      signCount: credential.counter,
      transports: knownTransports(credential.transports ?? input.response.response.transports ?? []),
      aaguid,
    };
  } catch {
    // A malformed answer, a wrong origin, RP id, challenge or signature: all the same to the caller.
    return null;
  }
}

export function authenticationOptions(input: {
  rp: RelyingParty;
  challenge: string;
  allow: Pick<StoredCredential, "credentialId" | "transports">[];
}): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return generateAuthenticationOptions({
    rpID: input.rp.id,
    // As bytes: a string would be taken as text and encoded again.
    challenge: isoBase64URL.toBuffer(input.challenge),
    timeout: CEREMONY_TIMEOUT_MS,
    allowCredentials: input.allow.map((c) => ({ id: c.credentialId, transports: c.transports })),
    userVerification: "discouraged",
  });
}

/**
 * An assertion checked against what was asked and the stored credential, the signature counter
 * included: a counter at or below the stored one (a cloned authenticator, a replayed answer) fails.
 * Returns the authenticator's new counter, or null.
 */
export async function verifyAuthentication(input: {
  response: AuthenticationResponseJSON;
  expectedChallenge: string;
  rp: RelyingParty;
  credential: StoredCredential;
}): Promise<{ signCount: number } | null> {
  try {
    const { verified, authenticationInfo } = await verifyAuthenticationResponse({
      response: input.response,
      expectedChallenge: input.expectedChallenge,
      expectedOrigin: input.rp.origin,
      expectedRPID: input.rp.id,
      credential: {
        id: input.credential.credentialId,
        publicKey: isoBase64URL.toBuffer(input.credential.publicKey),
        counter: input.credential.signCount,
        transports: input.credential.transports,
      },
      requireUserVerification: false,
    });
    return verified ? { signCount: authenticationInfo.newCounter } : null;
  } catch {
    return null;
  }
}

/** The challenge a browser's answer carries (clientDataJSON), which finds the stored ceremony; null when unreadable. */
export function challengeOf(response: { response: { clientDataJSON: string } }): string | null {
  try {
    const clientData = JSON.parse(isoBase64URL.toUTF8String(response.response.clientDataJSON)) as { challenge?: unknown };
    return typeof clientData.challenge === "string" && clientData.challenge.length <= 256 ? clientData.challenge : null;
  } catch {
    return null;
  }
}

/** A new random challenge, base64url (32 bytes, as the library would make). */
export function newChallenge(): string {
  return isoBase64URL.fromBuffer(crypto.getRandomValues(new Uint8Array(32)));
}

export type { AuthenticationResponseJSON, AuthenticatorTransport, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON };
