-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "demoCopyTokenHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Account_demoCopyTokenHash_key" ON "Account"("demoCopyTokenHash");
