// The wall table SSI Board exports re-imports to the same data, in both
// formats and both languages: what an admin downloads, edits in Excel and
// brings back never shifts a month, a person or a decimal.
import { describe, expect, it } from "vitest";
import type { ExportFormat } from "../../platform/spreadsheets/format";
import type { AppLocale } from "../../platform/i18n/config";
import { runImport } from "../../features/imports/mutations";
import { wallTableFileQuery } from "../../features/board/queries";
import { runQuery } from "../../platform/http/query";
import { monthToDate, type Month } from "../../platform/time/month";
import { createScore, createTeam, createUser, testDb } from "../factories";
import { sessionUserOf } from "./session-user";

const MONTHS: Month[] = ["2026-06", "2026-07", "2026-08"];
const unique = () => Math.random().toString(36).slice(2, 8);

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The team's stored totals, by rep and month. */
async function totalsOf(userIds: string[]) {
  const rows = await testDb().scoreEntry.findMany({ where: { userId: { in: userIds } }, orderBy: [{ userId: "asc" }, { month: "asc" }], select: { userId: true, month: true, total: true } });
  return rows.map((r) => [r.userId, r.month.toISOString().slice(0, 7), r.total.toString()]);
}

describe("the wall table's export re-imports to the same data", () => {
  it.each<[ExportFormat, AppLocale]>([
    ["xlsx", "en"],
    ["xlsx", "fr"],
    ["csv", "fr"],
    ["csv", "en"],
  ])("as %s in %s", async (format, locale) => {
    const team = await createTeam();
    // Two reps of one name: only the email column (admins get one) tells them apart.
    const twin = `Claire Dupont ${unique()}`;
    const reps = await Promise.all([createUser({ teamId: team.id, name: twin }), createUser({ teamId: team.id, name: twin }), createUser({ teamId: team.id, name: `Éloïse N'Diaye ${unique()}` })]);
    const values = [[45.5, 46.125, null], [30, null, 31.75], [70.001, 71, 72.5]];
    for (const [i, rep] of reps.entries()) {
      for (const [j, month] of MONTHS.entries()) {
        const total = values[i]?.[j];
        if (total !== null && total !== undefined) await createScore(rep.id, month, total);
      }
    }
    const ids = reps.map((r) => r.id);
    const before = await totalsOf(ids);
    const admin = await sessionUserOf((await createUser({ role: "ADMIN", locale })).id);
    if (!admin) throw new Error("no admin");

    const file = await runQuery(admin, wallTableFileQuery, { team: team.id, month: "2026-08", kind: "score", locale, format });
    const bytes = await bytesOf(file.body);
    const options = { actorId: admin.id, currentMonth: "2026-11" as Month };
    expect(await runImport("scores", bytes, { ...options, dryRun: true })).toMatchObject({ created: 0, updated: 0, unchanged: before.length, errors: [], warnings: [], skipped: [] });

    await testDb().scoreEntry.deleteMany({ where: { userId: { in: ids }, month: { in: MONTHS.map(monthToDate) } } });
    expect(await runImport("scores", bytes, { ...options, dryRun: false })).toMatchObject({ created: before.length, errors: [] });
    expect(await totalsOf(ids)).toEqual(before);
  });
});
