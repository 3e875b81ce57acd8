import { describe, expect, it } from "vitest";
import recorded from "./fixtures/webauthn-recorded.json";
import {
  type AuthenticationResponseJSON,
  challengeOf,
  type RegistrationResponseJSON,
  relyingPartyFor,
  type RegisteredCredential,
  verifyAuthentication,
  verifyRegistration,
} from "./webauthn";

// Real answers of Chromium's virtual authenticator, recorded once by scripts/record-webauthn-fixtures.ts:
// a registration at http://localhost:3501, then two sign-ins (signature counter 2, then 3).
const rp = { id: recorded.rpId, origin: recorded.origin };
const registration = recorded.registration.response as unknown as RegistrationResponseJSON;
const [first, second] = recorded.assertions.map((a) => ({ challenge: a.challenge, response: a.response as unknown as AuthenticationResponseJSON }));

async function registered(): Promise<RegisteredCredential> {
  const credential = await verifyRegistration({ response: registration, expectedChallenge: recorded.registration.challenge, rp });
  if (!credential) throw new Error("the recorded registration no longer verifies");
  return credential;
}

describe("relyingPartyFor", () => {
  it("names the relying party after the host the lab was opened at, without the port", () => {
    expect(relyingPartyFor("http://localhost:3000")).toEqual({ ok: true, rp: { id: "localhost", origin: "http://localhost:3000" } });
    expect(relyingPartyFor("https://lab.example.com")).toEqual({ ok: true, rp: { id: "lab.example.com", origin: "https://lab.example.com" } });
  });

  it("refuses an IP address, which browsers never accept as a relying party id", () => {
    for (const origin of ["http://127.0.0.1:3000", "http://10.0.0.7", "http://[::1]:3000"]) {
      expect(relyingPartyFor(origin)).toEqual({ ok: false, reason: "ip-address" });
    }
  });

  it("refuses what is not an http(s) origin", () => {
    expect(relyingPartyFor("not a url")).toEqual({ ok: false, reason: "bad-origin" });
    expect(relyingPartyFor("ftp://localhost")).toEqual({ ok: false, reason: "bad-origin" });
  });
});

describe("verifyRegistration on a recorded registration", () => {
  it("accepts it with attestation none and keeps the credential, its counter and transports", async () => {
    const credential = await registered();
    expect(credential.credentialId).toBe(registration.id);
    expect(credential.publicKey).toMatch(/^[\w-]+$/);
    expect(credential.signCount).toBeLessThan(2);
    expect(credential.transports).toEqual(["usb"]);
    expect(credential.aaguid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses it for another origin, another relying party id or another challenge", async () => {
    const expectedChallenge = recorded.registration.challenge;
    expect(await verifyRegistration({ response: registration, expectedChallenge, rp: { ...rp, origin: "http://localhost:3999" } })).toBeNull();
    expect(await verifyRegistration({ response: registration, expectedChallenge, rp: { ...rp, origin: "https://evil.example" } })).toBeNull();
    expect(await verifyRegistration({ response: registration, expectedChallenge, rp: { ...rp, id: "example.com" } })).toBeNull();
    expect(await verifyRegistration({ response: registration, expectedChallenge: first.challenge, rp })).toBeNull();
  });

  it("refuses a tampered answer", async () => {
    const tampered = { ...registration, response: { ...registration.response, clientDataJSON: `${registration.response.clientDataJSON}AA` } };
    expect(await verifyRegistration({ response: tampered, expectedChallenge: recorded.registration.challenge, rp })).toBeNull();
  });
});

describe("verifyAuthentication on recorded assertions", () => {
  it("accepts each sign-in in turn and returns the authenticator's new counter", async () => {
    const credential = await registered();
    expect(await verifyAuthentication({ ...first, expectedChallenge: first.challenge, rp, credential })).toEqual({ signCount: 2 });
    expect(await verifyAuthentication({ ...second, expectedChallenge: second.challenge, rp, credential: { ...credential, signCount: 2 } })).toEqual({
      signCount: 3,
    });
  });

  it("refuses a counter that goes backwards or stands still: a cloned key or a replayed answer", async () => {
    const credential = await registered();
    expect(await verifyAuthentication({ ...first, expectedChallenge: first.challenge, rp, credential: { ...credential, signCount: 3 } })).toBeNull();
    expect(await verifyAuthentication({ ...first, expectedChallenge: first.challenge, rp, credential: { ...credential, signCount: 2 } })).toBeNull();
  });

  it("refuses an answer given to another challenge (a replayed challenge), origin or relying party id", async () => {
    const credential = await registered();
    expect(await verifyAuthentication({ response: first.response, expectedChallenge: second.challenge, rp, credential })).toBeNull();
    expect(await verifyAuthentication({ ...first, expectedChallenge: first.challenge, rp: { ...rp, origin: "http://localhost:3000" }, credential })).toBeNull();
    expect(await verifyAuthentication({ ...first, expectedChallenge: first.challenge, rp: { ...rp, id: "lab.example.com" }, credential })).toBeNull();
  });

  it("refuses a signature by another key", async () => {
    const credential = await registered();
    const other = await verifyRegistration({ response: registration, expectedChallenge: recorded.registration.challenge, rp });
    const flipped = Buffer.from(other!.publicKey, "base64url");
    flipped[flipped.length - 1] ^= 1;
    expect(
      await verifyAuthentication({ ...first, expectedChallenge: first.challenge, rp, credential: { ...credential, publicKey: flipped.toString("base64url") } }),
    ).toBeNull();
  });
});

describe("challengeOf", () => {
  it("reads the challenge a browser's answer signed, and nothing from junk", () => {
    expect(challengeOf(first.response)).toBe(first.challenge);
    expect(challengeOf(registration)).toBe(recorded.registration.challenge);
    expect(challengeOf({ response: { clientDataJSON: "not json" } })).toBeNull();
  });
});
