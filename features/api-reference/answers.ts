// What the /api/v1 routes answer, as zod schemas: the OpenAPI document's
// response bodies. The contract test (tests/e2e/api-contract.spec.ts) sends
// real requests and checks every answer against these, so that a field a
// route adds, drops or retypes without them fails a test.
import { z } from "zod";

const id = z.string();
const month = z.string().regex(/^\d{4}-\d{2}$/).describe("YYYY-MM");
const isoTime = z.string().describe("ISO 8601 date and time");
const named = z.object({ id, name: z.string() });
const amounts = z.record(z.string(), z.number()).describe("Amounts by currency (ISO 4217)");
const role = z.enum(["REP", "MANAGER", "ADMIN"]);
const pillar = z.number().nullable();
const pillars = z.object({ brand: pillar, people: pillar, insights: pillar, relationships: pillar });

export const errorAnswer = z
  .object({
    error: z.object({
      code: z.string().describe("A stable code (docs/api.md, Errors)"),
      message: z.string().describe("In the request's language (Accept-Language)"),
      fields: z.record(z.string(), z.string()).optional().describe("A message per refused field"),
    }),
  })
  .describe("Every refusal");

export const health = z.object({ status: z.enum(["ok", "unavailable"]), database: z.enum(["up", "down"]) });

export const me = z.object({ id, name: z.string(), email: z.string(), role, team: named.nullable() });

const scoreValues = {
  total: z.number(),
  brand: pillar,
  people: pillar,
  insights: pillar,
  relationships: pillar,
  industryRankPct: z.number().nullable(),
  networkRankPct: z.number().nullable(),
  industryAvg: z.number().nullable(),
  networkAvg: z.number().nullable(),
};

export const score = z.object({
  userId: id,
  month,
  ...scoreValues,
  source: z.enum(["FORM", "PASTE", "API", "IMPORT"]),
  enteredBy: named.nullable(),
  updatedAt: isoTime,
});

export const scoreHistory = z.object({ userId: id, from: month, to: month, scores: z.array(score) });

export const parsedPaste = z.object({
  month: month.optional(),
  ...scoreValues,
  refused: z
    .record(z.string(), z.object({ reason: z.string(), values: z.array(z.number()), message: z.string() }))
    .optional()
    .describe("The figures left empty, each with why"),
});

const reward = z.object({ text: z.string(), amount: z.number().optional(), currency: z.string().optional() });
const tier = z.object({ name: z.string(), minTotal: z.number(), reward });

const challengeGoal = z.object({
  challengeId: id,
  title: z.string(),
  kind: z.string(),
  status: z.string(),
  progress: z.object({ current: z.number().nullable(), target: z.number().nullable() }),
  position: z.number().int().optional(),
  reason: z.string().optional(),
});

export const leaderboard = z.object({
  month,
  team: named.nullable(),
  board: z.enum(["score", "improvement"]),
  entries: z.array(
    z.object({
      rank: z.number().int(),
      userId: id,
      name: z.string(),
      team: named.nullable(),
      total: z.number().nullable().describe("null when the viewer sees names only"),
      pillars: pillars.nullable(),
      previousTotal: z.number().nullable(),
      progress: z.number().nullable(),
      streak: z.number().int().nullable(),
      flags: z.array(z.string()),
      tier: z.object({ name: z.string(), minTotal: z.number() }).nullable(),
      goals: z.array(challengeGoal),
    }),
  ),
  nextCursor: z.string().nullable().describe("Pass back as cursor= for the next page"),
  notLogged: z.array(z.object({ userId: id, name: z.string() })).optional().describe("First page only"),
  notLoggedCount: z.number().int().optional(),
});

export const tiers = z.object({ month, effectiveFrom: month.nullable(), tiers: z.array(tier) });
export const savedTiers = z.object({ effectiveFrom: month, tiers: z.array(tier) });

export const challenge = z.object({
  id,
  title: z.string(),
  kind: z.string(),
  teamId: id.nullable(),
  from: month,
  to: month,
  target: z.number().nullable(),
  pillar: z.string().optional(),
  winners: z.number().int().optional(),
  measure: z.string().optional(),
  reward,
});
export const challenges = z.object({ month, challenges: z.array(challenge) });

export const monthStatus = z.object({ month, closed: z.boolean() });

export const payouts = z.object({
  month,
  provisional: z.boolean(),
  rows: z.array(
    z.object({
      userId: id,
      name: z.string(),
      team: z.object({ id, name: z.string().nullable() }).nullable(),
      total: z.number().nullable(),
      tier: tier.nullable(),
      challenges: z.array(z.object({ challengeId: id, title: z.string(), reward })),
      amounts,
    }),
  ),
  totals: z.object({ teams: z.array(z.object({ teamId: id.nullable(), amounts })), overall: amounts }),
});

export const team = z.object({ id, name: z.string(), archived: z.boolean(), activeReps: z.number().int(), managers: z.array(named) });
export const teams = z.object({ teams: z.array(team) });

export const person = z.object({
  id,
  name: z.string(),
  email: z.string(),
  role,
  active: z.boolean(),
  team: named.nullable(),
  managedTeams: z.array(named),
  hasPassword: z.boolean(),
});
export const people = z.object({ users: z.array(person) });
const invitation = z.object({ url: z.url(), expiresAt: isoTime });
export const createdPerson = person.extend({ invitation });

const lineNote = z.object({ line: z.number().int(), field: z.string().nullable(), code: z.string(), message: z.string() });
export const importResult = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  teamsToCreate: z.array(z.string()),
  errors: z.array(lineNote),
  warnings: z.array(lineNote),
  skipped: z.array(lineNote),
  ignoredLines: z.array(z.object({ line: z.number().int(), text: z.string() })).describe("Lines that are not data (a title, a blank line): the first 100"),
  notShown: z.record(z.string(), z.record(z.string(), z.number())).optional(),
  reading: z.looseObject({}).optional().describe("How the file was read: its sheet, header line and columns"),
  savedMapping: z.string().optional(),
  invitations: z.array(z.object({ email: z.string(), url: z.url(), expiresAt: isoTime })).optional(),
});

export const auditPage = z.object({
  events: z.array(
    z.object({
      id,
      at: isoTime,
      kind: z.string(),
      actor: named.nullable(),
      subject: named.nullable(),
      month: month.nullable(),
      reason: z.string().nullable(),
      details: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
  next: z.string().nullable(),
});

export const ownNotifications = z.object({
  emailOn: z.boolean(),
  kinds: z.array(z.object({ kind: z.string(), on: z.boolean(), offByAdmin: z.boolean() })),
});

export const adminNotifications = z.object({
  email: z.object({ on: z.boolean(), from: z.string().nullable() }),
  jobsHere: z.boolean(),
  teams: z.array(named),
  channels: z.array(z.object({ id, medium: z.enum(["slack", "teams"]), name: z.string(), teamName: z.string().nullable(), urlHint: z.string(), createdAt: isoTime })),
  scope: z.string(),
  scopes: z.array(z.object({ scope: z.string(), name: z.string().nullable(), kind: z.enum(["company", "team", "channel"]) })),
  switches: z.array(z.object({ kind: z.string(), on: z.boolean() })),
  log: z.array(
    z.object({
      id,
      kind: z.string(),
      medium: z.string(),
      to: z.string().nullable(),
      status: z.enum(["queued", "retrying", "sent", "failed", "skipped"]),
      attempts: z.number().int(),
      reason: z.string().nullable(),
      response: z.string().nullable(),
      createdAt: isoTime,
      notBefore: isoTime,
      sentAt: isoTime.nullable(),
    }),
  ),
  failedJobs: z.array(z.object({ id, queue: z.string(), failedAt: isoTime, error: z.string() })),
  setAside: z.array(z.object({ kind: z.string(), error: z.string(), createdAt: isoTime })),
});

export const scopeSwitches = z.object({ scope: z.string(), on: z.array(z.string()) });
export const created = z.object({ id });
export const testAnswer = z.object({ ok: z.boolean(), answer: z.string().describe("What the receiver or the SMTP server answered, or why there was no answer") });

const delivery = z.object({
  id,
  event: z.string(),
  status: z.enum(["queued", "retrying", "sent", "failed"]),
  attempts: z.number().int(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: isoTime,
  attemptedAt: isoTime.nullable(),
  sentAt: isoTime.nullable(),
});
export const webhooks = z.object({
  webhooks: z.array(z.object({ id, name: z.string(), urlHint: z.string(), events: z.array(z.string()), allowPrivateNetwork: z.boolean(), createdAt: isoTime })),
  deliveries: z.array(delivery.extend({ webhookName: z.string() })),
});
export const addedWebhook = z.object({ id, secret: z.string().describe("The signing secret, shown this once") });
export const deliveries = z.object({ deliveries: z.array(delivery) });
