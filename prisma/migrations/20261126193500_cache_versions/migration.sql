-- Counters that move whenever what the app caches changes (platform/db/version.ts):
-- "PeopleVersion" for people, teams and settings, "ScoreVersion" for scores
-- and incentives. The app keeps what it computed from these tables under the
-- counters' values and recomputes when they have moved: a read costs one tiny
-- query instead of the whole computation, several app instances on one
-- database stay in step, and a score logged does not throw away the teams.
CREATE SEQUENCE "PeopleVersion";
CREATE SEQUENCE "ScoreVersion";

-- Deferred to the commit, and once per transaction and counter: a reader that
-- sees the new value (almost) always sees the new data too, and a 50,000-row
-- import moves the counter once.
CREATE FUNCTION "bumpVersion"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  flag text := 'ssiboard.bumped_' || lower(TG_ARGV[0]);
BEGIN
  IF current_setting(flag, true) IS DISTINCT FROM txid_current()::text THEN
    PERFORM nextval(quote_ident(TG_ARGV[0])::regclass);
    PERFORM set_config(flag, txid_current()::text, true);
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "User_version" AFTER INSERT OR UPDATE OR DELETE ON "User" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpVersion"('PeopleVersion');
CREATE CONSTRAINT TRIGGER "Team_version" AFTER INSERT OR UPDATE OR DELETE ON "Team" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpVersion"('PeopleVersion');
CREATE CONSTRAINT TRIGGER "TeamMembership_version" AFTER INSERT OR UPDATE OR DELETE ON "TeamMembership" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpVersion"('PeopleVersion');
CREATE CONSTRAINT TRIGGER "TeamManager_version" AFTER INSERT OR UPDATE OR DELETE ON "TeamManager" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpVersion"('PeopleVersion');
CREATE CONSTRAINT TRIGGER "AppSettings_version" AFTER INSERT OR UPDATE OR DELETE ON "AppSettings" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpVersion"('PeopleVersion');
CREATE CONSTRAINT TRIGGER "ScoreEntry_version" AFTER INSERT OR UPDATE OR DELETE ON "ScoreEntry" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpVersion"('ScoreVersion');
CREATE CONSTRAINT TRIGGER "Challenge_version" AFTER INSERT OR UPDATE OR DELETE ON "Challenge" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpVersion"('ScoreVersion');
CREATE CONSTRAINT TRIGGER "TierSet_version" AFTER INSERT OR UPDATE OR DELETE ON "TierSet" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpVersion"('ScoreVersion');
CREATE CONSTRAINT TRIGGER "Tier_version" AFTER INSERT OR UPDATE OR DELETE ON "Tier" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpVersion"('ScoreVersion');
CREATE CONSTRAINT TRIGGER "ClosedMonth_version" AFTER INSERT OR UPDATE OR DELETE ON "ClosedMonth" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bumpVersion"('ScoreVersion');
