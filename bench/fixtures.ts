import { createDb } from "../lib/db/client";
import type { Db } from "../lib/db/types";
import { createAccessKey } from "../lib/iam/create-access-key";
import { createAccount } from "../lib/iam/create-account";
import { createUser } from "../lib/iam/create-user";
import { createVirtualMfaDevice } from "../lib/iam/create-virtual-mfa-device";
import { enableMfaDevice } from "../lib/iam/enable-mfa-device";
import { getPrincipal } from "../lib/iam/get-principal";
import type { Principal } from "../lib/iam/principal";
import type { IamSettings } from "../lib/iam/settings";
import { codeAtStep, timeStepAt } from "../lib/mfa/totp";
import type { AccessKey } from "./sigv4";

// The bench's principals, made with the domain's own functions in the bench database before the server
// starts: an account with many IAM users that have a virtual MFA device (one sign-in each per code), an
// administrator with an access key for the API, and free users and devices for EnableMFADevice.

export const BENCH_ROOT = { email: "root@bench.mock-iam.test", password: "Bench-Root-2026!" };
export const MFA_USER_PASSWORD = "Bench-Mfa-User-2026!";
export const API_USER = "bench-api";

export type MfaUser = { userName: string; seed: string; /** The last step its device accepted. */ lastStep: number };
export type FreeDevice = { userName: string; serialNumber: string; seed: string };

export type Fixtures = {
  accountId: string;
  mfaUsers: MfaUser[];
  /** The administrator the API scenarios sign as, and the root user's key (outside identity policies). */
  api: { userName: string; key: AccessKey; rootKey: AccessKey };
  enablePool: FreeDevice[];
  seconds: number;
};

const CONTEXT = { sourceIp: "127.0.0.1", userAgent: "mock-iam-console bench" };
// Devices are assigned as if ten minutes ago, so the codes of the steps around now are all still unused.
const ASSIGNED_AGO_MS = 10 * 60 * 1000;

async function inBatches<T>(count: number, concurrency: number, make: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next++;
        results[index] = await make(index);
      }
    }),
  );
  return results;
}

async function assignDevice(db: Db, root: Principal, settings: IamSettings, userName: string, now: Date): Promise<MfaUser> {
  const device = await createVirtualMfaDevice(db, { actor: root, name: userName, settings, now, context: CONTEXT });
  const step = timeStepAt(now);
  await enableMfaDevice(db, {
    actor: root,
    userName,
    serialNumber: device.serialNumber,
    code1: codeAtStep(device.seed, step - 1),
    code2: codeAtStep(device.seed, step),
    settings,
    now,
    context: CONTEXT,
  });
  return { userName, seed: device.seed, lastStep: step };
}

export async function createFixtures(
  databaseUrl: string,
  settings: IamSettings,
  counts: { mfaUsers: number; enablePool: number },
): Promise<Fixtures> {
  const started = performance.now();
  const db = createDb(databaseUrl);
  try {
    // Only this connection skips fsync (thousands of small transactions); the server's keeps SQLite's default.
    if (databaseUrl.startsWith("file:")) await db.$executeRawUnsafe("PRAGMA synchronous = OFF");
    const now = new Date();
    const past = new Date(now.getTime() - ASSIGNED_AGO_MS);
    const { accountId } = await createAccount(db, { ...BENCH_ROOT, accountName: "Bench", now, context: CONTEXT });
    const root = (await getPrincipal(db, accountId, null))!;

    // Four at a time: each user's argon2id hash runs on libuv's thread pool.
    const mfaUsers = await inBatches(counts.mfaUsers, 4, async (i) => {
      const userName = `mfa-user-${String(i).padStart(4, "0")}`;
      await createUser(db, { accountId, userName, password: MFA_USER_PASSWORD, actor: root, now, context: CONTEXT });
      return assignDevice(db, root, settings, userName, past);
    });

    await createUser(db, { accountId, userName: API_USER, administrator: true, actor: root, now, context: CONTEXT });
    await assignDevice(db, root, settings, API_USER, past);
    const key = await createAccessKey(db, { actor: root, userName: API_USER, settings, now, context: CONTEXT });
    const rootKey = await createAccessKey(db, { actor: root, settings, now, context: CONTEXT });

    const enablePool = await inBatches(counts.enablePool, 2, async (i) => {
      const userName = `free-user-${String(i).padStart(5, "0")}`;
      await createUser(db, { accountId, userName, actor: root, now, context: CONTEXT });
      const device = await createVirtualMfaDevice(db, { actor: root, name: userName, settings, now, context: CONTEXT });
      return { userName, serialNumber: device.serialNumber, seed: device.seed };
    });

    return {
      accountId,
      mfaUsers,
      api: {
        userName: API_USER,
        key: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey },
        rootKey: { accessKeyId: rootKey.accessKeyId, secretAccessKey: rootKey.secretAccessKey },
      },
      enablePool,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await db.$disconnect();
  }
}
