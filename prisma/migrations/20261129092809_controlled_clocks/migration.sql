-- AlterTable
ALTER TABLE "Account" ADD COLUMN "clockOffsetSeconds" INTEGER;
ALTER TABLE "Account" ADD COLUMN "clockTokenHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Account_clockTokenHash_key" ON "Account"("clockTokenHash");
