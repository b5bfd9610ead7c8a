-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "medium" TEXT NOT NULL,
    "userId" TEXT,
    "channelId" TEXT,
    "locale" "Locale" NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "response" TEXT,
    "notBefore" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationChannel" (
    "id" TEXT NOT NULL,
    "medium" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "teamId" TEXT,
    "urlSealed" TEXT NOT NULL,
    "urlHint" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationSetting" (
    "scope" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL,

    CONSTRAINT "NotificationSetting_pkey" PRIMARY KEY ("scope","kind")
);

-- CreateIndex
CREATE INDEX "OutboxEvent_processedAt_id_idx" ON "OutboxEvent"("processedAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_key_key" ON "Notification"("key");

-- CreateIndex
CREATE INDEX "Notification_userId_kind_createdAt_idx" ON "Notification"("userId", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_channelId_createdAt_idx" ON "Notification"("channelId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_createdAt_id_idx" ON "Notification"("createdAt", "id");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "NotificationChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationChannel" ADD CONSTRAINT "NotificationChannel_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The outbox (features/notifications): each change that may have to be told
-- writes its event in its own transaction, whichever path made it (the form,
-- the API, an import, the database function "saveScore"). A rolled-back
-- change leaves no event; a committed one is never lost.
CREATE FUNCTION "outboxScoreLogged"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "OutboxEvent" (kind, payload)
    VALUES ('score.logged', jsonb_build_object('userId', NEW."userId", 'month', to_char(NEW.month, 'YYYY-MM'),
      'total', trim_scale(NEW.total)::text, 'actorId', NEW."enteredById", 'source', NEW.source::text));
  RETURN NULL;
END $$;
CREATE TRIGGER "ScoreEntry_outbox" AFTER INSERT OR UPDATE ON "ScoreEntry"
  FOR EACH ROW EXECUTE FUNCTION "outboxScoreLogged"();

CREATE FUNCTION "outboxMonthClosed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "OutboxEvent" (kind, payload)
    VALUES ('month.closed', jsonb_build_object('month', to_char(NEW.month, 'YYYY-MM'), 'closedById', NEW."closedById"));
  RETURN NULL;
END $$;
CREATE TRIGGER "ClosedMonth_outbox" AFTER INSERT ON "ClosedMonth"
  FOR EACH ROW EXECUTE FUNCTION "outboxMonthClosed"();

CREATE FUNCTION "outboxChallengeCreated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "OutboxEvent" (kind, payload)
    VALUES ('challenge.created', jsonb_build_object('challengeId', NEW.id));
  RETURN NULL;
END $$;
CREATE TRIGGER "Challenge_outbox" AFTER INSERT ON "Challenge"
  FOR EACH ROW EXECUTE FUNCTION "outboxChallengeCreated"();

-- Wakes the relay at commit (PostgreSQL delivers a notification only then,
-- and one per transaction however many events it wrote); the relay also
-- runs every minute, so a missed wake-up only delays a message.
CREATE FUNCTION "outboxWake"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('ssi_outbox', '');
  RETURN NULL;
END $$;
CREATE TRIGGER "OutboxEvent_wake" AFTER INSERT ON "OutboxEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "outboxWake"();
