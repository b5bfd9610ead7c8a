-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "readOnly" BOOLEAN NOT NULL DEFAULT false;
