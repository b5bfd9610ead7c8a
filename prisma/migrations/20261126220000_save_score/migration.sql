-- A score write in one statement (features/scores/mutations.ts, saveScore): the
-- entry, the closed-month check and the audit row in one round trip to the
-- database instead of six, one transaction as before.

-- An entry's nine values as the audit trail and the API keep them: exact
-- decimal text without trailing zeros ("53", "13.118"), null where unknown.
CREATE FUNCTION "scoreValues"(e "ScoreEntry") RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object(
    'total', trim_scale(e.total)::text,
    'brand', trim_scale(e.brand)::text,
    'people', trim_scale(e.people)::text,
    'insights', trim_scale(e.insights)::text,
    'relationships', trim_scale(e.relationships)::text,
    'industryRankPct', trim_scale(e."industryRankPct")::text,
    'networkRankPct', trim_scale(e."networkRankPct")::text,
    'industryAvg', trim_scale(e."industryAvg")::text,
    'networkAvg', trim_scale(e."networkAvg")::text)
$$;

-- Creates or replaces in_user's entry for in_month with in_values (the nine
-- values as exact text, keyed by column name) and records the change in the
-- audit trail. Concurrent saves for one person and month end as one row (the
-- last one wins), each in the trail. Refuses a closed month with SQLSTATE
-- SS001, or SS002 when the actor may correct it but gave no reason.
-- VOLATILE, so each statement below reads a fresh snapshot: the closed-month
-- check runs after the write, which holds the lock closeMonth takes (LOCK
-- TABLE "ScoreEntry" IN SHARE MODE), and sees a close this write waited for.
CREATE FUNCTION "saveScore"(
  in_user text,
  in_month date,
  in_actor text,
  in_source "ScoreSource",
  in_values jsonb,
  in_reason text,
  in_may_correct_closed boolean
) RETURNS TABLE (id text, created boolean, "updatedAt" timestamptz, "values" jsonb, "actorName" text)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  logged_at timestamptz;
  given "ScoreEntry" := jsonb_populate_record(NULL::"ScoreEntry", in_values);
  before "ScoreEntry";
  saved "ScoreEntry";
BEGIN
  -- ON CONFLICT DO NOTHING: a concurrent insert makes this one wait, then
  -- find the row and update it below.
  INSERT INTO "ScoreEntry" AS e (id, "userId", month, total, brand, people, insights, relationships,
      "industryRankPct", "networkRankPct", "industryAvg", "networkAvg", "enteredById", source, "createdAt", "updatedAt")
    VALUES (gen_random_uuid()::text, in_user, in_month, given.total, given.brand, given.people, given.insights,
      given.relationships, given."industryRankPct", given."networkRankPct", given."industryAvg", given."networkAvg",
      in_actor, in_source, clock_timestamp() AT TIME ZONE 'UTC', clock_timestamp() AT TIME ZONE 'UTC')
    ON CONFLICT ("userId", month) DO NOTHING
    RETURNING e.* INTO saved;
  IF saved.id IS NULL THEN
    SELECT e.* INTO before FROM "ScoreEntry" e WHERE e."userId" = in_user AND e.month = in_month FOR UPDATE;
    IF before.id IS NULL THEN
      RAISE EXCEPTION 'score entry of % for % vanished during save', in_user, in_month;
    END IF;
    UPDATE "ScoreEntry" e SET total = given.total, brand = given.brand, people = given.people,
        insights = given.insights, relationships = given.relationships,
        "industryRankPct" = given."industryRankPct", "networkRankPct" = given."networkRankPct",
        "industryAvg" = given."industryAvg", "networkAvg" = given."networkAvg",
        "enteredById" = in_actor, source = in_source, "updatedAt" = clock_timestamp() AT TIME ZONE 'UTC'
      WHERE e.id = before.id
      RETURNING e.* INTO saved;
  END IF;

  IF EXISTS (SELECT 1 FROM "ClosedMonth" c WHERE c.month = in_month) THEN
    IF NOT in_may_correct_closed THEN
      RAISE EXCEPTION USING ERRCODE = 'SS001', MESSAGE = format('month %s is closed', in_month);
    END IF;
    IF in_reason IS NULL THEN
      RAISE EXCEPTION USING ERRCODE = 'SS002', MESSAGE = format('month %s is closed: a reason is required', in_month);
    END IF;
  END IF;

  -- The trail reads newest first by (createdAt, id), and concurrent saves of
  -- one entry take turns on its row lock: the time is read now, after the
  -- lock (not at the statement's start), and the id starts with it to the
  -- microsecond, so that saves in one millisecond keep their order too.
  -- Timestamps are stored in UTC, whatever the session's time zone.
  logged_at := clock_timestamp();
  INSERT INTO "ScoreAudit" (id, "userId", month, "actorId", action, source, "oldValues", "newValues", reason, "createdAt")
    VALUES ('a' || to_char(logged_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') || substr(md5(random()::text), 1, 10),
      in_user, in_month, in_actor,
      (CASE WHEN before.id IS NULL THEN 'CREATE' ELSE 'UPDATE' END)::"AuditAction", in_source,
      CASE WHEN before.id IS NULL THEN NULL ELSE "scoreValues"(before) END, in_values, in_reason, logged_at AT TIME ZONE 'UTC');

  -- timestamptz: pg reads a timestamp without time zone as local time.
  RETURN QUERY SELECT saved.id, before.id IS NULL, saved."updatedAt" AT TIME ZONE 'UTC', "scoreValues"(saved),
    (SELECT u.name FROM "User" u WHERE u.id = in_actor);
END $$;
