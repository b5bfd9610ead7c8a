-- AlterTable
ALTER TABLE "ScoreAudit" ADD COLUMN     "reason" TEXT;

-- CreateTable
CREATE TABLE "TierSet" (
    "id" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TierSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tier" (
    "id" TEXT NOT NULL,
    "tierSetId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "minTotal" DECIMAL(6,3) NOT NULL,
    "rewardText" TEXT NOT NULL,
    "rewardAmount" DECIMAL(12,2),
    "rewardCurrency" TEXT,

    CONSTRAINT "Tier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Challenge" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "teamId" TEXT,
    "fromMonth" DATE NOT NULL,
    "toMonth" DATE NOT NULL,
    "target" DECIMAL(6,3),
    "pillar" TEXT,
    "winners" INTEGER,
    "measure" TEXT,
    "rewardText" TEXT NOT NULL,
    "rewardAmount" DECIMAL(12,2),
    "rewardCurrency" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" TEXT,
    "month" DATE,
    "reason" TEXT,
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TierSet_effectiveFrom_key" ON "TierSet"("effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Tier_tierSetId_minTotal_key" ON "Tier"("tierSetId", "minTotal");

-- CreateIndex
CREATE INDEX "Challenge_toMonth_fromMonth_idx" ON "Challenge"("toMonth", "fromMonth");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- AddForeignKey
ALTER TABLE "Tier" ADD CONSTRAINT "Tier_tierSetId_fkey" FOREIGN KEY ("tierSetId") REFERENCES "TierSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
