-- DropTable
DROP TABLE "SignInFailure";

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "blockedUntil" TIMESTAMP(3) NOT NULL,
    "lastAttemptAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SignInThrottle_lastAttemptAt_idx" ON "SignInThrottle"("lastAttemptAt");

-- Not from the schema: the counting itself, one statement per attempt.
-- Claims an attempt for every key of in_keys at once (an account and an
-- address): when none of them is waiting, counts the attempt as a failure
-- (a success takes it back) and sets how long the next one must wait:
-- nothing for the first in_free[i] attempts, then 1 s, 2 s, 4 s … up to
-- in_cap_s[i]. Returns 0 when the attempt may go ahead, else how many
-- seconds to wait (and counts nothing). The rows are locked in one order,
-- so that 40 attempts at once are counted one after the other. A key whose
-- last attempt is older than in_forget_s starts again from one.
CREATE FUNCTION "claimSignIn"(in_keys text[], in_free integer[], in_cap_s integer[], in_forget_s integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  now_utc timestamp(3) := clock_timestamp() AT TIME ZONE 'UTC';
  wait_s integer;
BEGIN
  INSERT INTO "SignInThrottle" (key, failures, "blockedUntil", "lastAttemptAt")
    SELECT k, 0, now_utc, now_utc FROM unnest(in_keys) AS k
    ON CONFLICT (key) DO NOTHING;
  PERFORM 1 FROM "SignInThrottle" WHERE key = ANY(in_keys) ORDER BY key FOR UPDATE;
  now_utc := clock_timestamp() AT TIME ZONE 'UTC';
  SELECT ceil(extract(epoch FROM max("blockedUntil") - now_utc))::integer INTO wait_s
    FROM "SignInThrottle" WHERE key = ANY(in_keys) AND "blockedUntil" > now_utc;
  IF wait_s IS NOT NULL THEN
    RETURN greatest(wait_s, 1);
  END IF;
  UPDATE "SignInThrottle" t SET
      failures = f.n,
      "blockedUntil" = now_utc + make_interval(secs => CASE WHEN f.n <= f.free THEN 0 ELSE least(f.cap, power(2, f.n - f.free - 1)) END),
      "lastAttemptAt" = now_utc
    FROM (
      SELECT k.key, k.free, k.cap,
        CASE WHEN c."lastAttemptAt" < now_utc - make_interval(secs => in_forget_s) THEN 1 ELSE c.failures + 1 END AS n
      FROM unnest(in_keys, in_free, in_cap_s) AS k(key, free, cap) JOIN "SignInThrottle" c ON c.key = k.key
    ) f
    WHERE t.key = f.key;
  -- Keys nobody has tried for a day go (a few at a time: sign-ins are rare).
  DELETE FROM "SignInThrottle" WHERE key IN (
    SELECT key FROM "SignInThrottle" WHERE "lastAttemptAt" < now_utc - interval '1 day' AND "blockedUntil" < now_utc LIMIT 100);
  RETURN 0;
END $$;
