import path from "node:path";
import Database from "better-sqlite3";

// What an attack must not change: one account's rows in the console's own database (the Playwright
// server's SQLite file, data/e2e-<port>.db, opened read-only beside it). Failed calls may add their
// error records to the event history, as CloudTrail does; everything else must stay as it was.
const STATE_QUERIES = {
  account: `SELECT alias, name, rootEmail, rootPasswordHash, requireMfaForApi FROM Account WHERE id = ?`,
  users: `SELECT id, nameKey, path, passwordHash FROM User WHERE accountId = ? ORDER BY id`,
  policyAttachments: `SELECT userId, groupId, roleId, policyArn FROM PolicyAttachment WHERE accountId = ? ORDER BY policyArn, userId, groupId, roleId`,
  devices: `SELECT id, serialNumber, userId, assignedToRoot, enabledAt, lastUsedStep, failedAttempts, lockedUntil FROM MfaDevice WHERE accountId = ? ORDER BY id`,
  tags: `SELECT t.deviceId, t.key, t.value FROM MfaDeviceTag t JOIN MfaDevice d ON d.id = t.deviceId WHERE d.accountId = ? ORDER BY t.deviceId, t.key`,
  accessKeys: `SELECT id, status FROM AccessKey WHERE accountId = ? ORDER BY id`,
  temporaryCredentials: `SELECT id FROM TemporaryCredential WHERE accountId = ? ORDER BY id`,
  sessions: `SELECT id, revokedAt, mfaAuthenticatedAt FROM ConsoleSession WHERE accountId = ? ORDER BY id`,
  successfulEvents: `SELECT id FROM Event WHERE accountId = ? AND errorCode IS NULL ORDER BY id`,
} as const;

export type AccountState = Record<keyof typeof STATE_QUERIES, unknown[]>;

export function consoleDatabase(port: number): Database.Database {
  return new Database(path.resolve(`data/e2e-${port}.db`), { readonly: true, fileMustExist: true });
}

export function accountState(db: Database.Database, accountId: string): AccountState {
  return Object.fromEntries(Object.entries(STATE_QUERIES).map(([name, sql]) => [name, db.prepare(sql).all(accountId)])) as AccountState;
}
