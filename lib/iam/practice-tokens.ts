import { serializableTransaction } from "../db/transactions";
import type { Db } from "../db/types";
import { isUniqueViolation } from "../db/types";
import { encryptSecret } from "../mfa/secret-crypto";
import { codeAtStep, generateSeed, TOTP_STEP_SECONDS, timeStepAt } from "../mfa/totp";
import { newHardwareTokenSerial, newId } from "./ids";
import { seedOf } from "./mfa-device-kinds";
import type { Principal } from "./principal";
import type { IamSettings } from "./settings";

// The lab's practice hardware TOTP tokens: a learner without a real token (a Gemalto or Thales key fob)
// gets a few per sandbox account. Each is an MfaDevice of kind "hardware", made unassigned the first time
// the account's tokens are asked for, with a serial number in AWS's hardware format and a seed the lab
// keeps encrypted like any other. The seed never leaves the server: the practice authenticator's key
// fob view gets codes, for a day ahead, as a key fob's display would show them.

export const PRACTICE_TOKENS_PER_ACCOUNT = 2;
/** Marks a device the lab made (MfaDevice.createdBy), rather than a principal. */
export const LAB_CREATOR = "lab";
/** How far ahead the key fob view gets codes: a sign-in the next day still finds its code. */
export const PRACTICE_CODES_STEPS = (24 * 60 * 60) / TOTP_STEP_SECONDS;

/** Makes the account's practice tokens if it has fewer than PRACTICE_TOKENS_PER_ACCOUNT; safe to run concurrently. */
export async function ensurePracticeTokens(db: Db, input: { accountId: string; settings: IamSettings; now: Date }): Promise<void> {
  const where = { accountId: input.accountId, kind: "hardware", createdBy: LAB_CREATOR };
  if ((await db.mfaDevice.count({ where })) >= PRACTICE_TOKENS_PER_ACCOUNT) return;
  for (let attempt = 1; ; attempt++) {
    try {
      await serializableTransaction(db, async (tx) => {
        const missing = PRACTICE_TOKENS_PER_ACCOUNT - (await tx.mfaDevice.count({ where }));
        for (let i = 0; i < missing; i++) {
          const serialNumber = newHardwareTokenSerial();
          await tx.mfaDevice.create({
            data: {
              id: newId(),
              accountId: input.accountId,
              kind: "hardware",
              serialNumber,
              name: serialNumber,
              seedCiphertext: encryptSecret(generateSeed(), input.settings.encryptionKey),
              createdBy: LAB_CREATOR,
              createdAt: input.now,
            },
          });
        }
      });
      return;
    } catch (error) {
      // A serial number another account's token already has: draw again.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

export type PracticeToken = {
  serialNumber: string;
  /** Who the token is assigned to: "root", an IAM user's name, or null. */
  assignedTo: string | null;
  /** The time step of the first code, then one code per step: six digits each, concatenated. */
  firstStep: number;
  codes: string;
};

/**
 * The practice tokens the caller may hold, with their codes from the previous step on: the account's
 * unassigned tokens and those assigned to the caller (another principal's token is that principal's
 * second factor, which no one else may read).
 */
export async function practiceTokenCodes(
  db: Db,
  input: { actor: Principal; settings: IamSettings; now: Date },
): Promise<{ accountId: string; tokens: PracticeToken[]; until: Date }> {
  const { actor, now } = input;
  await ensurePracticeTokens(db, { accountId: actor.accountId, settings: input.settings, now });
  // A role session holds no device: it must not match the root user's tokens by their null userId.
  const mine = actor.isRoot ? [{ assignedToRoot: true }] : actor.userId ? [{ userId: actor.userId }] : [];
  const devices = await db.mfaDevice.findMany({
    where: {
      accountId: actor.accountId,
      kind: "hardware",
      createdBy: LAB_CREATOR,
      OR: [{ userId: null, assignedToRoot: false }, ...mine],
    },
    orderBy: { serialNumber: "asc" },
    select: { serialNumber: true, seedCiphertext: true, assignedToRoot: true, userId: true },
  });
  const firstStep = timeStepAt(now) - 1;
  const tokens = devices.map((device) => {
    const seed = seedOf(device, input.settings.encryptionKey)!;
    let codes = "";
    for (let step = firstStep; step <= firstStep + PRACTICE_CODES_STEPS; step++) codes += codeAtStep(seed, step);
    const assignedTo = device.assignedToRoot ? "root" : device.userId ? actor.userName : null;
    return { serialNumber: device.serialNumber, assignedTo, firstStep, codes };
  });
  return { accountId: actor.accountId, tokens, until: new Date((firstStep + PRACTICE_CODES_STEPS + 1) * TOTP_STEP_SECONDS * 1000) };
}
