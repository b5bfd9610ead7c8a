-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "revokedReason" TEXT;

-- Not from the schema: the rows this change finds (issue 29). Until now only
-- a token's owner could revoke it, so every revoked token says so.
UPDATE "ApiToken" SET "revokedReason" = 'owner' WHERE "revokedAt" IS NOT NULL;

-- A deactivation now ends a person's tokens and unused links for good (a
-- reactivation brings none back); people deactivated before it still had theirs.
UPDATE "ApiToken" t SET "revokedAt" = now() AT TIME ZONE 'UTC', "revokedReason" = 'deactivated'
FROM "User" u WHERE u.id = t."userId" AND NOT u.active AND t."revokedAt" IS NULL;
UPDATE "Invitation" i SET "expiresAt" = now() AT TIME ZONE 'UTC'
FROM "User" u WHERE u.id = i."userId" AND NOT u.active AND i."usedAt" IS NULL AND i."expiresAt" > now() AT TIME ZONE 'UTC';

-- Archiving a team now revokes its wall links; teams archived before kept them.
UPDATE "WallLink" w SET "revokedAt" = now() AT TIME ZONE 'UTC'
FROM "Team" team WHERE team.id = w."teamId" AND team."archivedAt" IS NOT NULL AND w."revokedAt" IS NULL;
