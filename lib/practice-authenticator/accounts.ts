import { generateSync } from "otplib";
import { parse as parseOtpauthUri } from "@otplib/uri";

// The practice authenticator runs in the learner's browser and keeps its accounts there only: the
// server never sees them. It does what the tutorial's phone apps do with an AWS QR code or key.

export type PracticeAccount = {
  id: string;
  /** "Amazon Web Services" for AWS's codes. */
  issuer: string;
  /** What the app shows under the issuer: "root-account-mfa-device@my-lab". */
  label: string;
  secret: string;
  digits: 6 | 8;
  period: number;
  algorithm: "sha1" | "sha256" | "sha512";
};

export class AccountInputError extends Error {}

const BASE32 = /^[A-Z2-7]+=*$/;
/** 16 bytes is the least RFC 4226 allows; an AWS seed is 40. */
const MIN_SECRET_CHARS = 26;

function normalizeSecret(secret: string): string {
  const compact = secret.replace(/[\s-]+/g, "").toUpperCase();
  if (!BASE32.test(compact) || compact.replace(/=+$/, "").length < MIN_SECRET_CHARS) {
    throw new AccountInputError("secret");
  }
  return compact.replace(/=+$/, "");
}

/** An account from a secret key typed or pasted as AWS's "Show secret key" shows it (groups of four). */
export function accountFromSecret(secret: string, name: string, id: string): PracticeAccount {
  return { id, issuer: "", label: name.trim() || "MFA", secret: normalizeSecret(secret), digits: 6, period: 30, algorithm: "sha1" };
}

/** An account from the otpauth:// URI a QR code carries. */
export function accountFromUri(uri: string, id: string): PracticeAccount {
  let parsed;
  try {
    parsed = parseOtpauthUri(uri.trim());
  } catch {
    throw new AccountInputError("uri");
  }
  if (parsed.type !== "totp") throw new AccountInputError("uri");
  const decoded = decodeURIComponent(parsed.label);
  const [issuerFromLabel, accountLabel] = decoded.includes(":") ? decoded.split(/:(.*)/s) : ["", decoded];
  return {
    id,
    issuer: parsed.params.issuer ?? issuerFromLabel,
    label: accountLabel || decoded,
    secret: normalizeSecret(parsed.params.secret),
    digits: parsed.params.digits === 8 ? 8 : 6,
    period: parsed.params.period ?? 30,
    algorithm: parsed.params.algorithm ?? "sha1",
  };
}

export function currentCode(account: PracticeAccount, now: number): string {
  return generateSync({
    secret: account.secret,
    algorithm: account.algorithm,
    digits: account.digits,
    period: account.period,
    epoch: Math.floor(now / 1000),
  });
}

export function secondsLeft(account: PracticeAccount, now: number): number {
  return account.period - (Math.floor(now / 1000) % account.period);
}

const STORAGE_KEY = "mock-iam-console.practice-authenticator";

/** The accounts saved in this browser; anything unreadable is dropped rather than trusted. */
export function loadAccounts(storage: Pick<Storage, "getItem">): PracticeAccount[] {
  try {
    const saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(saved)
      ? saved.filter((a): a is PracticeAccount => typeof a?.id === "string" && typeof a?.secret === "string" && BASE32.test(a.secret))
      : [];
  } catch {
    return [];
  }
}

export function saveAccounts(storage: Pick<Storage, "setItem">, accounts: PracticeAccount[]): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(accounts));
}
