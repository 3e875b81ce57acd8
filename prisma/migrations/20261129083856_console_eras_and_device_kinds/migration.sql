-- CreateTable
CREATE TABLE "WebAuthnChallenge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "challenge" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "userId" TEXT,
    "sessionId" TEXT,
    "deviceName" TEXT,
    "signInChallengeId" TEXT,
    "rpId" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "WebAuthnChallenge_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "alias" TEXT,
    "name" TEXT NOT NULL,
    "rootEmail" TEXT NOT NULL,
    "rootPasswordHash" TEXT NOT NULL,
    "rootPasswordLastUsed" DATETIME,
    "requireMfaForApi" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "consoleVersion" TEXT NOT NULL DEFAULT '2021',
    "rootMfaPromptedAt" DATETIME,
    "createdAt" DATETIME NOT NULL
);
INSERT INTO "new_Account" ("alias", "createdAt", "id", "isDemo", "name", "requireMfaForApi", "rootEmail", "rootPasswordHash", "rootPasswordLastUsed") SELECT "alias", "createdAt", "id", "isDemo", "name", "requireMfaForApi", "rootEmail", "rootPasswordHash", "rootPasswordLastUsed" FROM "Account";
DROP TABLE "Account";
ALTER TABLE "new_Account" RENAME TO "Account";
CREATE UNIQUE INDEX "Account_alias_key" ON "Account"("alias");
CREATE UNIQUE INDEX "Account_rootEmail_key" ON "Account"("rootEmail");
CREATE TABLE "new_MfaDevice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'virtual',
    "serialNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "path" TEXT NOT NULL DEFAULT '/',
    "seedCiphertext" TEXT,
    "userId" TEXT,
    "assignedToRoot" BOOLEAN NOT NULL DEFAULT false,
    "enabledAt" DATETIME,
    "lastUsedStep" INTEGER,
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "createdBy" TEXT NOT NULL,
    "createdByWizardOf" TEXT,
    "credentialId" TEXT,
    "credentialPublicKey" TEXT,
    "signCount" INTEGER,
    "transports" TEXT,
    "aaguid" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "MfaDevice_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MfaDevice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_MfaDevice" ("accountId", "assignedToRoot", "createdAt", "createdBy", "createdByWizardOf", "enabledAt", "failedAttempts", "id", "lastUsedStep", "lockedUntil", "name", "path", "seedCiphertext", "serialNumber", "userId") SELECT "accountId", "assignedToRoot", "createdAt", "createdBy", "createdByWizardOf", "enabledAt", "failedAttempts", "id", "lastUsedStep", "lockedUntil", "name", "path", "seedCiphertext", "serialNumber", "userId" FROM "MfaDevice";
DROP TABLE "MfaDevice";
ALTER TABLE "new_MfaDevice" RENAME TO "MfaDevice";
CREATE UNIQUE INDEX "MfaDevice_serialNumber_key" ON "MfaDevice"("serialNumber");
CREATE UNIQUE INDEX "MfaDevice_credentialId_key" ON "MfaDevice"("credentialId");
CREATE INDEX "MfaDevice_accountId_idx" ON "MfaDevice"("accountId");
CREATE INDEX "MfaDevice_userId_idx" ON "MfaDevice"("userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "WebAuthnChallenge_challenge_key" ON "WebAuthnChallenge"("challenge");

-- CreateIndex
CREATE INDEX "WebAuthnChallenge_expiresAt_idx" ON "WebAuthnChallenge"("expiresAt");
