// The rows tests make for themselves, straight in the run's database, for
// both suites: the integration tests (their setup sets DATABASE_URL) and the
// end-to-end tests (the runner sets it). Tests never lean on the demo seed:
// each makes the teams, people and scores it talks about.
// Only modules without `server-only` can be imported here (Playwright runs
// them in plain Node).
import { randomBytes } from "node:crypto";
import { generateToken, hashToken } from "../platform/auth/tokens";
import { hashPassword } from "../platform/auth/password";
import { createDb, type Db } from "../platform/db/connect";
import type { Role } from "@/platform/db/generated/enums";
import { addMonths, monthToDate, type Month } from "../platform/time/month";
import { byField, PILLARS, type Pillar } from "../features/scores/score";
import type { AppLocale } from "../platform/i18n/config";
import { seal, sealKey } from "../platform/security/seal";
import { SEAL_LABELS } from "../features/notifications/kinds";
import { SEAL_LABELS as WEBHOOK_SEAL_LABELS } from "../features/webhooks/sign";

let client: Db | undefined;
let override: Db | undefined;

/** Points the factories at a spec's own database (startIsolatedApp) until called with undefined. */
export function useTestDb(db: Db | undefined): void {
  override = db;
}

/** The run's database (or the one useTestDb chose). */
export function testDb(): Db {
  if (override) return override;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the tests with npm test (or npm run test:unit / test:e2e)");
  client ??= createDb(url, { max: 2 });
  return client;
}

const suffix = () => randomBytes(4).toString("hex");

export interface TestTeam {
  id: string;
  name: string;
}

export interface TestUser {
  id: string;
  email: string;
  /** The plain password, to sign in with. */
  password: string;
  name: string;
  role: Role;
  teamId: string | null;
}

/** A new team with a unique name. */
export async function createTeam(name = `Team ${suffix()}`): Promise<TestTeam> {
  return testDb().team.create({ data: { name }, select: { id: true, name: true } });
}

/** A new user (a rep unless said otherwise); a manager manages `manages`, by default the team they sit in. */
export async function createUser(
  options: {
    role?: Role;
    teamId?: string | null;
    manages?: string[];
    name?: string;
    email?: string;
    password?: string;
    active?: boolean;
    locale?: AppLocale;
  } = {},
): Promise<TestUser> {
  const id = suffix();
  const role = options.role ?? "REP";
  const manages = role !== "MANAGER" ? [] : (options.manages ?? (options.teamId ? [options.teamId] : []));
  const password = options.password ?? `pw-${id}-secret`;
  const user = await testDb().user.create({
    data: {
      email: options.email ?? `user-${id}@test.example`,
      name: options.name ?? `${role.toLowerCase()} ${id}`,
      role,
      teamId: options.teamId ?? null,
      active: options.active ?? true,
      locale: options.locale ?? null,
      passwordHash: await hashPassword(password),
      managedTeams: { create: manages.map((teamId) => ({ teamId })) },
    },
    select: { id: true, email: true, name: true, role: true, teamId: true },
  });
  return { ...user, password };
}

/** A new team with a manager of its own. */
export async function createTeamWithManager(): Promise<{ team: TestTeam; manager: TestUser }> {
  const team = await createTeam();
  const manager = await createUser({ role: "MANAGER", teamId: team.id });
  return { team, manager };
}

/** A score entry; the pillars split `total` evenly unless given. */
export async function createScore(
  userId: string,
  month: Month,
  total: number,
  pillars: Partial<Record<Pillar, number>> = {},
): Promise<void> {
  const even = Number((total / 4).toFixed(3));
  const values = byField(PILLARS, (p) => pillars[p] ?? even);
  await testDb().scoreEntry.create({ data: { userId, month: monthToDate(month), total, ...values } });
}

/** Monthly totals ending with `lastMonth`, oldest first (null: not logged that month). */
export async function createHistory(userId: string, lastMonth: Month, totals: readonly (number | null)[]): Promise<void> {
  for (const [i, total] of totals.entries()) {
    if (total !== null) await createScore(userId, addMonths(lastMonth, i - totals.length + 1), total);
  }
}

export async function deactivateUser(id: string): Promise<void> {
  await testDb().user.update({ where: { id }, data: { active: false } });
}

export async function setRole(id: string, role: Role): Promise<void> {
  await testDb().user.update({ where: { id }, data: { role } });
}

/** An API token for `userId`, as the settings page would create it (by default: read and write, never expiring). */
export async function createApiToken(userId: string, limits: { readOnly?: boolean; expiresAt?: Date } = {}): Promise<{ id: string; token: string }> {
  const token = generateToken();
  const row = await testDb().apiToken.create({ data: { userId, name: "test", tokenHash: hashToken(token), ...limits } });
  return { id: row.id, token };
}

export async function revokeApiToken(id: string): Promise<void> {
  await testDb().apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
}

/** A working wall link for a team, as an admin would create it; returns its path. */
export async function createWallLink(teamId: string): Promise<string> {
  return `/wall/${(await createWallLinkSecret(teamId)).token}`;
}

/** The same link as its row's id (to revoke it) and its secret. */
export async function createWallLinkSecret(teamId: string): Promise<{ id: string; token: string }> {
  const token = generateToken("");
  const row = await testDb().wallLink.create({ data: { teamId, tokenHash: hashToken(token) } });
  return { id: row.id, token };
}

export async function closeMonth(month: Month): Promise<void> {
  await testDb().closedMonth.upsert({ where: { month: monthToDate(month) }, create: { month: monthToDate(month) }, update: {} });
}

export async function scoreCount(userId: string): Promise<number> {
  return testDb().scoreEntry.count({ where: { userId } });
}

export async function auditCount(userId: string): Promise<number> {
  return testDb().scoreAudit.count({ where: { userId } });
}

export async function storedScore(userId: string, month: Month) {
  return testDb().scoreEntry.findUnique({ where: { userId_month: { userId, month: monthToDate(month) } } });
}

/** An invitation link for `userId`, valid 7 days: its path (/invite/<secret>). */
export async function createInvitation(userId: string): Promise<string> {
  return `/invite/${await createInvitationSecret(userId)}`;
}

/** The same invitation's secret alone (what the invitation form posts). */
export async function createInvitationSecret(userId: string): Promise<string> {
  const token = generateToken("");
  await testDb().invitation.create({
    data: { userId, purpose: "invite", tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000) },
  });
  return token;
}

/** The app's own key for `label`, from the run's NEXTAUTH_SECRET (as the app derives it). */
function appSealKey(label: string): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: the app's sealed values cannot be made");
  return sealKey(secret, label);
}

/** A Slack channel (the company's unless `teamId`) whose webhook is `url`, sealed as the app seals it. */
export async function createChannel(url: string, teamId: string | null = null): Promise<string> {
  const row = await testDb().notificationChannel.create({
    data: { medium: "slack", name: `Channel ${suffix()}`, teamId, urlSealed: seal(appSealKey(SEAL_LABELS.channelUrl), url), urlHint: "127.0.0.1/…hook" },
  });
  return row.id;
}

/** An outgoing webhook to `url` (private networks allowed: the tests' receivers are on loopback) for `events`; its id. */
export async function createWebhook(url: string, secret: string, events: string[] = ["score.logged", "goal.achieved", "tier.reached", "month.closed"], allowPrivateNetwork = true): Promise<string> {
  const row = await testDb().webhook.create({
    data: {
      name: `Webhook ${suffix()}`,
      urlSealed: seal(appSealKey(WEBHOOK_SEAL_LABELS.url), url),
      urlHint: "127.0.0.1/…hook",
      secretSealed: seal(appSealKey(WEBHOOK_SEAL_LABELS.secret), secret),
      events,
      allowPrivateNetwork,
    },
  });
  return row.id;
}

/** The secret of an email's link that stops `kind` for `userId`. */
export function unsubscribeSecret(userId: string, kind: string): string {
  return seal(appSealKey(SEAL_LABELS.unsubscribe), JSON.stringify({ u: userId, k: kind }));
}


/** An authenticator app being enrolled by `userId` (not yet confirmed), sealed as the app seals it; its secret. */
export async function createPendingTotp(userId: string, secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"): Promise<string> {
  const secretSealed = seal(appSealKey("totp-secret"), secret);
  await testDb().totpFactor.upsert({ where: { userId }, create: { userId, secretSealed }, update: { secretSealed, confirmedAt: null, lastStep: null } });
  return secret;
}

/** A passkey of `userId` whose key no authenticator holds (a target for "remove this passkey"). */
export async function createPasskey(userId: string, name = "Test key"): Promise<{ id: string; credentialId: string }> {
  return testDb().passkey.create({
    data: { userId, name, credentialId: randomBytes(16).toString("base64url"), publicKey: new Uint8Array(randomBytes(77)), counter: 0n, transports: ["internal"] },
    select: { id: true, credentialId: true },
  });
}

/** A signed-in session of `userId` that no browser holds (a target for "end this session"); its id. */
export async function createSession(userId: string): Promise<string> {
  const { sessionVersion } = await testDb().user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const row = await testDb().session.create({ data: { tokenHash: hashToken(generateToken("ssis_")), userId, version: sessionVersion, method: "PASSWORD" } });
  return row.id;
}

/** `plain` sealed as the app seals what it stores under `label` (an SSO client secret, a TOTP secret). */
export function sealForApp(label: string, plain: string): string {
  return seal(appSealKey(label), plain);
}
