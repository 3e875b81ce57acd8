-- CreateTable
CREATE TABLE "Group" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "path" TEXT NOT NULL DEFAULT '/',
    "arn" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "Group_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GroupMembership" (
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedAt" DATETIME NOT NULL,

    PRIMARY KEY ("groupId", "userId"),
    CONSTRAINT "GroupMembership_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GroupMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ManagedPolicy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "path" TEXT NOT NULL DEFAULT '/',
    "arn" TEXT NOT NULL,
    "description" TEXT,
    "defaultVersionId" TEXT NOT NULL,
    "nextVersion" INTEGER NOT NULL DEFAULT 2,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ManagedPolicy_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "policyId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("policyId", "versionId"),
    CONSTRAINT "PolicyVersion_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "ManagedPolicy" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ManagedPolicyTag" (
    "policyId" TEXT NOT NULL,
    "keyKey" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    PRIMARY KEY ("policyId", "keyKey"),
    CONSTRAINT "ManagedPolicyTag_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "ManagedPolicy" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PolicyAttachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "policyArn" TEXT NOT NULL,
    "customerPolicyId" TEXT,
    "userId" TEXT,
    "groupId" TEXT,
    "roleId" TEXT,
    "attachedAt" DATETIME NOT NULL,
    CONSTRAINT "PolicyAttachment_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PolicyAttachment_customerPolicyId_fkey" FOREIGN KEY ("customerPolicyId") REFERENCES "ManagedPolicy" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PolicyAttachment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PolicyAttachment_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PolicyAttachment_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InlinePolicy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "userId" TEXT,
    "groupId" TEXT,
    "roleId" TEXT,
    "name" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "InlinePolicy_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InlinePolicy_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InlinePolicy_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InlinePolicy_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "path" TEXT NOT NULL DEFAULT '/',
    "arn" TEXT NOT NULL,
    "description" TEXT,
    "assumeRolePolicyDocument" TEXT NOT NULL,
    "maxSessionDuration" INTEGER NOT NULL DEFAULT 3600,
    "lastUsedAt" DATETIME,
    "lastUsedRegion" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "Role_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoleTag" (
    "roleId" TEXT NOT NULL,
    "keyKey" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    PRIMARY KEY ("roleId", "keyKey"),
    CONSTRAINT "RoleTag_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_TemporaryCredential" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "userId" TEXT,
    "secretCiphertext" TEXT NOT NULL,
    "sessionTokenHash" TEXT NOT NULL,
    "mfaAuthenticatedAt" DATETIME,
    "roleId" TEXT,
    "roleSessionName" TEXT,
    "sourcePrincipalArn" TEXT,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "TemporaryCredential_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TemporaryCredential_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_TemporaryCredential" ("accountId", "createdAt", "expiresAt", "id", "mfaAuthenticatedAt", "secretCiphertext", "sessionTokenHash", "userId") SELECT "accountId", "createdAt", "expiresAt", "id", "mfaAuthenticatedAt", "secretCiphertext", "sessionTokenHash", "userId" FROM "TemporaryCredential";
DROP TABLE "TemporaryCredential";
ALTER TABLE "new_TemporaryCredential" RENAME TO "TemporaryCredential";
CREATE INDEX "TemporaryCredential_accountId_idx" ON "TemporaryCredential"("accountId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Group_arn_key" ON "Group"("arn");

-- CreateIndex
CREATE UNIQUE INDEX "Group_accountId_nameKey_key" ON "Group"("accountId", "nameKey");

-- CreateIndex
CREATE INDEX "GroupMembership_userId_idx" ON "GroupMembership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ManagedPolicy_arn_key" ON "ManagedPolicy"("arn");

-- CreateIndex
CREATE UNIQUE INDEX "ManagedPolicy_accountId_nameKey_key" ON "ManagedPolicy"("accountId", "nameKey");

-- CreateIndex
CREATE INDEX "PolicyAttachment_accountId_policyArn_idx" ON "PolicyAttachment"("accountId", "policyArn");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyAttachment_userId_policyArn_key" ON "PolicyAttachment"("userId", "policyArn");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyAttachment_groupId_policyArn_key" ON "PolicyAttachment"("groupId", "policyArn");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyAttachment_roleId_policyArn_key" ON "PolicyAttachment"("roleId", "policyArn");

-- CreateIndex
CREATE UNIQUE INDEX "InlinePolicy_userId_name_key" ON "InlinePolicy"("userId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "InlinePolicy_groupId_name_key" ON "InlinePolicy"("groupId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "InlinePolicy_roleId_name_key" ON "InlinePolicy"("roleId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Role_arn_key" ON "Role"("arn");

-- CreateIndex
CREATE UNIQUE INDEX "Role_accountId_nameKey_key" ON "Role"("accountId", "nameKey");
