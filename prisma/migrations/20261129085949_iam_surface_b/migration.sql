-- AlterTable
ALTER TABLE "AccessKey" ADD COLUMN "lastUsedRegion" TEXT;
ALTER TABLE "AccessKey" ADD COLUMN "lastUsedService" TEXT;

-- CreateTable
CREATE TABLE "UserTag" (
    "userId" TEXT NOT NULL,
    "keyKey" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    PRIMARY KEY ("userId", "keyKey"),
    CONSTRAINT "UserTag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AccountPasswordPolicy" (
    "accountId" TEXT NOT NULL PRIMARY KEY,
    "minimumPasswordLength" INTEGER NOT NULL,
    "requireSymbols" BOOLEAN NOT NULL,
    "requireNumbers" BOOLEAN NOT NULL,
    "requireUppercaseCharacters" BOOLEAN NOT NULL,
    "requireLowercaseCharacters" BOOLEAN NOT NULL,
    "allowUsersToChangePassword" BOOLEAN NOT NULL,
    "maxPasswordAge" INTEGER,
    "passwordReusePrevention" INTEGER,
    "hardExpiry" BOOLEAN,
    CONSTRAINT "AccountPasswordPolicy_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PasswordHistory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "PasswordHistory_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SigningCertificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "userId" TEXT,
    "body" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'Active',
    "uploadedAt" DATETIME NOT NULL,
    CONSTRAINT "SigningCertificate_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SigningCertificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SshPublicKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'Active',
    "uploadedAt" DATETIME NOT NULL,
    CONSTRAINT "SshPublicKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceSpecificCredential" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "serviceName" TEXT NOT NULL,
    "serviceUserName" TEXT NOT NULL,
    "passwordCiphertext" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'Active',
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "ServiceSpecificCredential_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CredentialReport" (
    "accountId" TEXT NOT NULL PRIMARY KEY,
    "generatedAt" DATETIME NOT NULL,
    "content" TEXT NOT NULL,
    CONSTRAINT "CredentialReport_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "path" TEXT NOT NULL DEFAULT '/',
    "arn" TEXT NOT NULL,
    "passwordHash" TEXT,
    "passwordSetAt" DATETIME,
    "passwordLastUsed" DATETIME,
    "passwordResetRequired" BOOLEAN NOT NULL DEFAULT false,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "User_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_User" ("accountId", "arn", "createdAt", "id", "isAdmin", "name", "nameKey", "passwordHash", "passwordLastUsed", "passwordSetAt", "path") SELECT "accountId", "arn", "createdAt", "id", "isAdmin", "name", "nameKey", "passwordHash", "passwordLastUsed", "passwordSetAt", "path" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_arn_key" ON "User"("arn");
CREATE UNIQUE INDEX "User_accountId_nameKey_key" ON "User"("accountId", "nameKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PasswordHistory_userId_createdAt_idx" ON "PasswordHistory"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "SigningCertificate_userId_idx" ON "SigningCertificate"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SigningCertificate_accountId_fingerprint_key" ON "SigningCertificate"("accountId", "fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "SshPublicKey_userId_fingerprint_key" ON "SshPublicKey"("userId", "fingerprint");

-- CreateIndex
CREATE INDEX "ServiceSpecificCredential_userId_idx" ON "ServiceSpecificCredential"("userId");
