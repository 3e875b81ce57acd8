-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "consoleVersion" TEXT NOT NULL DEFAULT '2021',
ADD COLUMN     "rootMfaPromptedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "MfaDevice" ADD COLUMN     "aaguid" TEXT,
ADD COLUMN     "credentialId" TEXT,
ADD COLUMN     "credentialPublicKey" TEXT,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'virtual',
ADD COLUMN     "signCount" INTEGER,
ADD COLUMN     "transports" TEXT,
ALTER COLUMN "seedCiphertext" DROP NOT NULL;

-- CreateTable
CREATE TABLE "WebAuthnChallenge" (
    "id" TEXT NOT NULL,
    "challenge" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "userId" TEXT,
    "sessionId" TEXT,
    "deviceName" TEXT,
    "signInChallengeId" TEXT,
    "rpId" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebAuthnChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WebAuthnChallenge_challenge_key" ON "WebAuthnChallenge"("challenge");

-- CreateIndex
CREATE INDEX "WebAuthnChallenge_expiresAt_idx" ON "WebAuthnChallenge"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "MfaDevice_credentialId_key" ON "MfaDevice"("credentialId");

-- AddForeignKey
ALTER TABLE "WebAuthnChallenge" ADD CONSTRAINT "WebAuthnChallenge_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;
