// Which board a request names and who may see it: the board queries
// (features/board/queries.ts) that the page, the API and both files run.
import { describe, expect, it } from "vitest";
import type { SessionUser } from "../../platform/auth/data";
import { Forbidden, NotFound } from "../../platform/errors/domain-errors";
import { runQuery } from "../../platform/http/query";
import { boardApiQuery, boardFileQuery, leaderboardPageQuery, wallTableFileQuery } from "../../features/board/queries";
import { saveSettings } from "../../features/settings/mutations";
import { DEFAULT_SETTINGS } from "../../features/settings/data";
import { createScore, createTeam, createUser, type TestUser } from "../factories";
import { sessionUserOf } from "./session-user";

const MONTH = "2026-11";

async function session(user: TestUser): Promise<SessionUser> {
  const found = await sessionUserOf(user.id);
  if (!found) throw new Error("no session user");
  return found;
}

type ApiEntry = { rank: number | null; userId: string; total: number | null; pillars: unknown; flags: string[]; tier: unknown; goals: unknown[] };
type ApiBoard = { team: { id: string; name: string } | null; entries: ApiEntry[] };

/** The API's answer (JSON text) for `user`'s board `team`. */
const api = async (user: SessionUser, team: string | null): Promise<ApiBoard> =>
  JSON.parse(await runQuery(user, boardApiQuery, { team, month: MONTH, kind: "score", params: new URLSearchParams() })) as ApiBoard;

async function refusal(call: Promise<unknown>): Promise<string> {
  const caught = await call.then(() => null, (e: unknown) => e);
  return caught instanceof NotFound ? "not-found" : caught instanceof Forbidden ? "forbidden" : `no refusal (${String(caught)})`;
}

describe("the board a request names", () => {
  it("is the rep's team, the manager's team, the admin's company by default", async () => {
    const north = await createTeam();
    const rep = await session(await createUser({ teamId: north.id }));
    const manager = await session(await createUser({ role: "MANAGER", manages: [north.id] }));
    const admin = await session(await createUser({ role: "ADMIN" }));
    expect((await api(rep, null)).team?.id).toBe(north.id);
    expect((await api(manager, null)).team?.id).toBe(north.id);
    expect((await api(admin, null)).team).toBeNull();
    expect((await api(admin, "all")).team).toBeNull();
    expect((await api(admin, north.id)).team).toEqual({ id: north.id, name: north.name });
  });

  it("refuses the boards a user may not see, and tells only admins that a team does not exist", async () => {
    const [north, south] = [await createTeam(), await createTeam()];
    const rep = await session(await createUser({ teamId: north.id }));
    const manager = await session(await createUser({ role: "MANAGER", manages: [north.id] }));
    const admin = await session(await createUser({ role: "ADMIN" }));
    expect(await refusal(api(rep, south.id))).toBe("forbidden");
    expect(await refusal(api(rep, "all"))).toBe("forbidden");
    expect(await refusal(api(manager, south.id))).toBe("forbidden");
    expect(await refusal(api(manager, "all"))).toBe("forbidden");
    expect(await refusal(api(manager, "no-such-team"))).toBe("forbidden");
    expect(await refusal(api(admin, "no-such-team"))).toBe("not-found");
  });

  it("is none for someone without a team: the page says so, the API and the files find nothing", async () => {
    const rep = await session(await createUser({ teamId: null }));
    expect(await runQuery(rep, leaderboardPageQuery, { team: null, month: MONTH, kind: "score", page: null })).toBeNull();
    expect(await refusal(api(rep, null))).toBe("not-found");
    const file = { team: null, month: MONTH, kind: "score", locale: "en", format: "csv" } as const;
    expect(await refusal(runQuery(rep, boardFileQuery, file))).toBe("not-found");
    expect(await refusal(runQuery(rep, wallTableFileQuery, file))).toBe("not-found");
  });

  it("in names-only mode, shows a rep names and ranks alone, and no file", async () => {
    const north = await createTeam();
    const rep = await session(await createUser({ teamId: north.id }));
    const other = await createUser({ teamId: north.id });
    await createScore(rep.id, MONTH, 50);
    await createScore(other.id, MONTH, 60);
    const manager = await session(await createUser({ role: "MANAGER", manages: [north.id] }));
    await saveSettings({ ...DEFAULT_SETTINGS, repsSeeScores: false }, null);
    try {
      const board = await api(rep, null);
      expect(board.entries.map((e) => [e.rank, e.userId, e.total, e.pillars, e.flags, e.tier, e.goals])).toEqual([
        [1, other.id, null, null, [], null, []],
        [2, rep.id, null, null, [], null, []],
      ]);
      const page = await runQuery(rep, leaderboardPageQuery, { team: null, month: MONTH, kind: "score", page: null });
      expect(page?.board.entries.map((e) => [e.figures, e.flags, e.incentives, e.href])).toEqual([
        [null, null, null, null],
        [null, null, null, `/reps/${rep.id}`],
      ]);
      const file = { team: north.id, month: MONTH, kind: "score", locale: "en", format: "csv" } as const;
      expect(await refusal(runQuery(rep, boardFileQuery, file))).toBe("forbidden");
      expect(await refusal(runQuery(rep, wallTableFileQuery, file))).toBe("forbidden");
      const managed = await api(manager, null);
      expect(managed.entries.map((e) => e.total)).toEqual([60, 50]);
      const managedPage = await runQuery(manager, leaderboardPageQuery, { team: null, month: MONTH, kind: "score", page: null });
      expect(managedPage?.board.entries.every((e) => e.flags !== null && e.href !== null)).toBe(true);
      expect((await runQuery(manager, boardFileQuery, file)).filename).toMatch(/\.csv$/);
    } finally {
      await saveSettings(DEFAULT_SETTINGS, null);
    }
  });
});
