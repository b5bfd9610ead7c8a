// What the demo data holds, computed without a database: teams, people and
// twelve (or more) months of plausible SSI histories.
import { addMonths, type Month } from "../../platform/time/month";
import { AVERAGE_OF, byField, PILLARS, RANK_OF, type Pillar, type ScoreValue } from "../../features/scores/score";
import { between, pick, seededRandom, type Random } from "./random";
import type { Role } from "../../platform/auth/permissions";
import type { AppLocale } from "../../platform/i18n/config";

export const DEMO_PASSWORD = "ssiboard-demo";
export const DEMO_EMAIL_DOMAIN = "example.com";

/** A month's entry: every value as exact decimal text. */
export type PlannedScore = { month: Month } & Record<ScoreValue, string>;

export interface PlannedPerson {
  email: string;
  name: string;
  role: Role;
  team: string | null;
  locale: AppLocale | null;
  scores: PlannedScore[];
}

export interface DemoPlan {
  teams: string[];
  people: PlannedPerson[];
}

const TEAM_NAMES = ["Paris Enterprise", "Lyon Mid-Market", "Nantes SMB"];
const FIRST = ["Julie", "Thomas", "Camille", "Lucas", "Emma", "Hugo", "Léa", "Nathan", "Chloé", "Louis",
  "Manon", "Jules", "Sarah", "Arthur", "Inès", "Paul", "Alice", "Gabriel", "Zoé", "Raphaël", "Priya",
  "Daniel", "Olivia", "Mateo", "Sofia", "Noah", "Amira", "Ethan"];
const LAST = ["Martin", "Bernard", "Dubois", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
  "Lefebvre", "Michel", "Garcia", "Roux", "Fournier", "Girard", "Bonnet", "Mercier", "Blanc", "Chen",
  "Okafor", "Kowalski", "Silva", "Novak", "Haddad"];

/** Each pillar's share of a rep's SSI. */
const PILLAR_WEIGHTS: Record<Pillar, number> = { brand: 0.28, people: 0.22, insights: 0.2, relationships: 0.3 };

function threeDecimals(value: number): string {
  return value.toFixed(3);
}

/** One month's scores for a rep whose SSI is about `level`. */
function scoreFor(random: Random, month: Month, level: number): PlannedScore {
  // One draw per pillar, in PILLARS' order.
  const pillars = byField(PILLARS, (p) =>
    Number(threeDecimals(Math.min(25, Math.max(0.5, level * PILLAR_WEIGHTS[p] * between(random, 0.8, 1.2))))),
  );
  // LinkedIn shows the total as a whole number while the pillars keep decimals.
  const total = Math.round(PILLARS.reduce((sum, p) => sum + pillars[p], 0));
  const rankPct = (spread: number, slope: number) =>
    String(Math.max(1, Math.min(100, Math.round(100 - total * slope + between(random, -spread, spread)))));
  return {
    month,
    total: String(total),
    ...byField(PILLARS, (p) => threeDecimals(pillars[p])),
    [RANK_OF.industry]: rankPct(4, 1.2),
    [RANK_OF.network]: rankPct(6, 1.1),
    [AVERAGE_OF.industry]: threeDecimals(between(random, 22, 28)),
    [AVERAGE_OF.network]: threeDecimals(between(random, 28, 36)),
  };
}

/** A rep's history: a starting level, a trend, noise, and a few missing months. */
function history(random: Random, months: Month[], options: { keepLatest: boolean }): PlannedScore[] {
  const start = pick(random, [between(random, 12, 28), between(random, 30, 50), between(random, 50, 68)]);
  const trend = pick(random, [0, 0.2, 1.2, 2.5, -0.4]);
  const joinedAfter = random() < 0.15 ? Math.floor(between(random, 2, 7)) : 0;
  const scores: PlannedScore[] = [];
  months.forEach((month, index) => {
    if (index < joinedAfter) return;
    const isLatest = index === months.length - 1;
    const missing = isLatest ? !options.keepLatest && random() < 0.15 : random() < 0.07;
    const level = Math.min(96, Math.max(8, start + trend * (index - joinedAfter) + between(random, -2.5, 2.5)));
    if (!missing) scores.push(scoreFor(random, month, level));
  });
  return scores;
}

/** The demo plan for `repCount` reps over the `monthCount` months that end with `lastMonth`. */
export function demoPlan(options: { repCount: number; monthCount: number; lastMonth: Month; repsPerTeam?: number }): DemoPlan {
  const random = seededRandom(20261125);
  const months = Array.from({ length: options.monthCount }, (_, i) =>
    addMonths(options.lastMonth, i - options.monthCount + 1),
  );
  const teamCount = Math.max(TEAM_NAMES.length, Math.ceil(options.repCount / (options.repsPerTeam ?? 50)));
  const teams = Array.from({ length: teamCount }, (_, i) => TEAM_NAMES[i] ?? `Team ${i + 1}`);
  const firstTeam = teams[0] ?? "";
  const people: PlannedPerson[] = [
    { email: `admin@${DEMO_EMAIL_DOMAIN}`, name: "Claire Admin", role: "ADMIN", team: null, locale: null, scores: [] },
    ...teams.map((team, i): PlannedPerson => ({
      email: i === 0 ? `manager@${DEMO_EMAIL_DOMAIN}` : `manager${i + 1}@${DEMO_EMAIL_DOMAIN}`,
      name: i === 0 ? "Marc Manager" : `${pick(random, FIRST)} ${pick(random, LAST)}`,
      role: "MANAGER",
      team,
      locale: null,
      scores: [],
    })),
  ];
  for (let i = 0; i < options.repCount; i++) {
    const isDemoRep = i === 0;
    const first = isDemoRep ? "Julie" : (FIRST[i % FIRST.length] ?? "Rep");
    const last = isDemoRep ? "Martin" : (LAST[(i * 7 + Math.floor(i / LAST.length)) % LAST.length] ?? "Demo");
    people.push({
      email: isDemoRep ? `rep@${DEMO_EMAIL_DOMAIN}` : `${first}.${last}.${i}@${DEMO_EMAIL_DOMAIN}`
        .normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(),
      name: `${first} ${last}`,
      role: "REP",
      team: teams[i % teams.length] ?? firstTeam,
      locale: null,
      scores: history(random, months, { keepLatest: isDemoRep }),
    });
  }
  return { teams, people };
}
