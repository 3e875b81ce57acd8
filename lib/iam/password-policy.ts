import { hashPassword, verifyPassword } from "../auth/password";
import type { DbOrTx } from "../db/types";
import { IamError } from "./errors";
import { newId } from "./ids";

/** AWS's PasswordPolicy, as GetAccountPasswordPolicy answers it. */
export type PasswordPolicy = {
  minimumPasswordLength: number;
  requireSymbols: boolean;
  requireNumbers: boolean;
  requireUppercaseCharacters: boolean;
  requireLowercaseCharacters: boolean;
  allowUsersToChangePassword: boolean;
  /** Days; null: passwords never expire. */
  maxPasswordAge: number | null;
  passwordReusePrevention: number | null;
  /** Null when never set: AWS leaves it out of the answer. */
  hardExpiry: boolean | null;
};

/** One rule of a policy that a password breaks, named for the console's message. */
export type PasswordRule = "length" | "symbols" | "numbers" | "uppercase" | "lowercase" | "threeOfFour" | "reused";

/**
 * AWS's default password policy, for IAM users of an account without one and always for the root user:
 * at least 8 characters and three of upper case, lower case, digits and symbols.
 */
const DEFAULT_RULES = { minimumPasswordLength: 8 } as const;

// AWS's symbols: ! @ # $ % ^ & * ( ) _ + - = [ ] { } | ' (IAM User Guide, "Custom password policy options").
const SYMBOL = /[!@#$%^&*()_+\-=[\]{}|']/;
const CLASSES = { uppercase: /[A-Z]/, lowercase: /[a-z]/, numbers: /[0-9]/, symbols: SYMBOL } as const;

/**
 * The rules of `policy` (AWS's default when null) that `password` breaks, in the order the console
 * lists them; empty when it conforms. The one place a password's strength is decided, for both doors.
 */
export function brokenPasswordRules(policy: PasswordPolicy | null, password: string): PasswordRule[] {
  const broken: PasswordRule[] = [];
  if (password.length < (policy?.minimumPasswordLength ?? DEFAULT_RULES.minimumPasswordLength)) broken.push("length");
  if (!policy) {
    const classes = [CLASSES.uppercase, CLASSES.lowercase, CLASSES.numbers, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
    if (classes < 3) broken.push("threeOfFour");
    return broken;
  }
  if (policy.requireSymbols && !CLASSES.symbols.test(password)) broken.push("symbols");
  if (policy.requireNumbers && !CLASSES.numbers.test(password)) broken.push("numbers");
  if (policy.requireUppercaseCharacters && !CLASSES.uppercase.test(password)) broken.push("uppercase");
  if (policy.requireLowercaseCharacters && !CLASSES.lowercase.test(password)) broken.push("lowercase");
  return broken;
}

/** AWS's PasswordPolicyViolation; the rules it broke travel along for the console's message. */
export class PasswordPolicyViolation extends IamError {
  constructor(readonly rules: PasswordRule[]) {
    // AWS's text for CreateLoginProfile, UpdateLoginProfile and ChangePassword alike.
    super("PasswordPolicyViolation", "Password does not conform to the account password policy.");
  }
}

/** The account's password policy, or null when none is set (AWS's default applies). */
export async function findPasswordPolicy(db: DbOrTx, accountId: string): Promise<PasswordPolicy | null> {
  const row = await db.accountPasswordPolicy.findUnique({ where: { accountId } });
  if (!row) return null;
  const { accountId: _, ...policy } = row;
  return policy;
}

/** When a password set at `setAt` expires under `policy`, or null when it never does. */
export function passwordExpiresAt(policy: PasswordPolicy | null, setAt: Date | null): Date | null {
  if (!policy?.maxPasswordAge || !setAt) return null;
  return new Date(setAt.getTime() + policy.maxPasswordAge * 86_400_000);
}

/** How many hashes a user's history keeps: AWS's largest PasswordReusePrevention. */
const HISTORY_KEPT = 24;

/**
 * Checks a new console password before it is hashed: an IAM user's (`userId` once the user exists)
 * against the account's policy, PasswordReusePrevention against the user's history of hashes; the
 * root user's against AWS's default. Throws PasswordPolicyViolation; returns the new hash.
 */
export async function hashNewPassword(
  db: DbOrTx,
  input: { accountId: string; isRoot: boolean; userId?: string; password: string },
): Promise<string> {
  const policy = input.isRoot ? null : await findPasswordPolicy(db, input.accountId);
  const broken = brokenPasswordRules(policy, input.password);
  if (broken.length > 0) throw new PasswordPolicyViolation(broken);
  if (input.userId && policy?.passwordReusePrevention) {
    const recent = await db.passwordHistory.findMany({
      where: { userId: input.userId },
      orderBy: { createdAt: "desc" },
      take: policy.passwordReusePrevention,
      select: { passwordHash: true },
    });
    for (const { passwordHash } of recent) {
      if (await verifyPassword(passwordHash, input.password)) throw new PasswordPolicyViolation(["reused"]);
    }
  }
  return hashPassword(input.password);
}

/**
 * Records a user's new password hash in its history (in the transaction that sets it), keeping the
 * last HISTORY_KEPT. Only hashes: the history never holds a password.
 */
export async function rememberPassword(tx: DbOrTx, userId: string, passwordHash: string, now: Date): Promise<void> {
  await tx.passwordHistory.create({ data: { id: newId(), userId, passwordHash, createdAt: now } });
  const stale = await tx.passwordHistory.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    skip: HISTORY_KEPT,
    select: { id: true },
  });
  if (stale.length > 0) await tx.passwordHistory.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } });
}

/**
 * Whether an IAM user must choose a new password before a console session: "required" when an
 * administrator asked for it (PasswordResetRequired), "expired" past the policy's MaxPasswordAge, and
 * "hardExpired" when the policy's HardExpiry then leaves it to an administrator. The root user: never.
 */
export async function passwordChangeDue(db: DbOrTx, principal: { accountId: string; userId: string | null }, now: Date): Promise<"none" | "required" | "expired" | "hardExpired"> {
  if (!principal.userId) return "none";
  const [user, policy] = await Promise.all([
    db.user.findUnique({ where: { id: principal.userId }, select: { passwordResetRequired: true, passwordSetAt: true } }),
    findPasswordPolicy(db, principal.accountId),
  ]);
  if (!user) return "none";
  const expiresAt = passwordExpiresAt(policy, user.passwordSetAt);
  if (expiresAt && expiresAt <= now) return policy?.hardExpiry ? "hardExpired" : "expired";
  return user.passwordResetRequired ? "required" : "none";
}
