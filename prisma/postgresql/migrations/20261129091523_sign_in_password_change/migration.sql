-- AlterTable
ALTER TABLE "SignInChallenge" ADD COLUMN     "mfaAuthenticatedAt" TIMESTAMP(3),
ADD COLUMN     "purpose" TEXT NOT NULL DEFAULT 'mfa';
