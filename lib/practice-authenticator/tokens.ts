// The practice authenticator's key fobs: a day of codes per practice hardware token, fetched while
// signed in (GET /api/practice-tokens) and kept in this browser, like the accounts (accounts.ts); the
// token's seed stays on the server. A code is looked up by the clock, as the token's display would show it.

export type PracticeTokenFob = {
  serialNumber: string;
  /** "root", an IAM user's name, or null while the token is not assigned. */
  assignedTo: string | null;
  /** The TOTP step of the first code; then one six-digit code per step. */
  firstStep: number;
  codes: string;
};

export type PracticeTokenSet = {
  accountId: string;
  until: string;
  tokens: PracticeTokenFob[];
  /** How far the account's clock runs ahead of the real time (a controlled clock, in tests); 0 or unset: none. */
  clockOffsetSeconds?: number;
};

const STEP_SECONDS = 30;
const STORAGE_KEY = "mock-iam-console.practice-tokens";

/** The code a token shows at `now` (ms), or null once the loaded codes have run out. */
export function tokenCodeAt(token: PracticeTokenFob, now: number): string | null {
  const index = Math.floor(now / 1000 / STEP_SECONDS) - token.firstStep;
  if (index < 0 || (index + 1) * 6 > token.codes.length) return null;
  return token.codes.slice(index * 6, index * 6 + 6);
}

/** The account's time (ms) at the real time `realNow`: what the set's fobs show their codes by. */
export function fobTime(set: Pick<PracticeTokenSet, "clockOffsetSeconds">, realNow: number): number {
  return realNow + (set.clockOffsetSeconds ?? 0) * 1000;
}

function isTokenSet(value: unknown): value is PracticeTokenSet {
  const set = value as PracticeTokenSet | null;
  return (
    typeof set?.accountId === "string" &&
    typeof set.until === "string" &&
    Array.isArray(set.tokens) &&
    (set.clockOffsetSeconds === undefined || Number.isInteger(set.clockOffsetSeconds)) &&
    set.tokens.every((t) => typeof t?.serialNumber === "string" && Number.isInteger(t.firstStep) && typeof t.codes === "string" && /^(\d{6})*$/.test(t.codes))
  );
}

/** What the server answered, if it is a token set; anything else is dropped rather than trusted. */
export function parseTokenSet(value: unknown): PracticeTokenSet | null {
  return isTokenSet(value) ? value : null;
}

export function loadTokenSet(storage: Pick<Storage, "getItem">): PracticeTokenSet | null {
  try {
    return parseTokenSet(JSON.parse(storage.getItem(STORAGE_KEY) ?? "null"));
  } catch {
    return null;
  }
}

export function saveTokenSet(storage: Pick<Storage, "setItem">, set: PracticeTokenSet): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(set));
}
