-- CreateTable
CREATE TABLE "TemporaryCredential" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "userId" TEXT,
    "secretCiphertext" TEXT NOT NULL,
    "sessionTokenHash" TEXT NOT NULL,
    "mfaAuthenticatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TemporaryCredential_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TemporaryCredential_accountId_idx" ON "TemporaryCredential"("accountId");

-- AddForeignKey
ALTER TABLE "TemporaryCredential" ADD CONSTRAINT "TemporaryCredential_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;
