-- AlterTable
ALTER TABLE "TemporaryCredential" ADD COLUMN     "roleId" TEXT,
ADD COLUMN     "roleSessionName" TEXT,
ADD COLUMN     "sourcePrincipalArn" TEXT;

-- CreateTable
CREATE TABLE "Group" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "path" TEXT NOT NULL DEFAULT '/',
    "arn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMembership" (
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupMembership_pkey" PRIMARY KEY ("groupId","userId")
);

-- CreateTable
CREATE TABLE "ManagedPolicy" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "path" TEXT NOT NULL DEFAULT '/',
    "arn" TEXT NOT NULL,
    "description" TEXT,
    "defaultVersionId" TEXT NOT NULL,
    "nextVersion" INTEGER NOT NULL DEFAULT 2,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ManagedPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "policyId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyVersion_pkey" PRIMARY KEY ("policyId","versionId")
);

-- CreateTable
CREATE TABLE "ManagedPolicyTag" (
    "policyId" TEXT NOT NULL,
    "keyKey" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "ManagedPolicyTag_pkey" PRIMARY KEY ("policyId","keyKey")
);

-- CreateTable
CREATE TABLE "PolicyAttachment" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "policyArn" TEXT NOT NULL,
    "customerPolicyId" TEXT,
    "userId" TEXT,
    "groupId" TEXT,
    "roleId" TEXT,
    "attachedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InlinePolicy" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "userId" TEXT,
    "groupId" TEXT,
    "roleId" TEXT,
    "name" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InlinePolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "path" TEXT NOT NULL DEFAULT '/',
    "arn" TEXT NOT NULL,
    "description" TEXT,
    "assumeRolePolicyDocument" TEXT NOT NULL,
    "maxSessionDuration" INTEGER NOT NULL DEFAULT 3600,
    "lastUsedAt" TIMESTAMP(3),
    "lastUsedRegion" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleTag" (
    "roleId" TEXT NOT NULL,
    "keyKey" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "RoleTag_pkey" PRIMARY KEY ("roleId","keyKey")
);

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

-- AddForeignKey
ALTER TABLE "TemporaryCredential" ADD CONSTRAINT "TemporaryCredential_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagedPolicy" ADD CONSTRAINT "ManagedPolicy_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "ManagedPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagedPolicyTag" ADD CONSTRAINT "ManagedPolicyTag_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "ManagedPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAttachment" ADD CONSTRAINT "PolicyAttachment_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAttachment" ADD CONSTRAINT "PolicyAttachment_customerPolicyId_fkey" FOREIGN KEY ("customerPolicyId") REFERENCES "ManagedPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAttachment" ADD CONSTRAINT "PolicyAttachment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAttachment" ADD CONSTRAINT "PolicyAttachment_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAttachment" ADD CONSTRAINT "PolicyAttachment_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InlinePolicy" ADD CONSTRAINT "InlinePolicy_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InlinePolicy" ADD CONSTRAINT "InlinePolicy_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InlinePolicy" ADD CONSTRAINT "InlinePolicy_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InlinePolicy" ADD CONSTRAINT "InlinePolicy_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleTag" ADD CONSTRAINT "RoleTag_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;
