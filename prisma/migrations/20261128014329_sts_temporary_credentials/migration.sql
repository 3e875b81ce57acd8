-- CreateTable
CREATE TABLE "TemporaryCredential" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "userId" TEXT,
    "secretCiphertext" TEXT NOT NULL,
    "sessionTokenHash" TEXT NOT NULL,
    "mfaAuthenticatedAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "TemporaryCredential_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "TemporaryCredential_accountId_idx" ON "TemporaryCredential"("accountId");
