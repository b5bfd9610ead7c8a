// The score fields that SQL still spells out, checked against score.ts's list:
// the ScoreEntry columns and the two database functions of the save_score
// migration, "scoreValues" and "saveScore", which cannot be built from the
// list (statements elsewhere are). A field added to one and not the other
// fails here, before it is silently dropped on a save or from the trail.
import { describe, expect, it } from "vitest";
import { byField, SCORE_VALUE_COLUMNS, SCORE_VALUES, scoreValuesOf, type ScoreValue } from "../../features/scores/score";
import { firstDay, monthToDate } from "../../platform/time/month";
import { createUser, testDb } from "../factories";

type Values = Record<ScoreValue, string>;

/** A different value in each field, so that a field read from another's column shows. */
const distinct = (offset: number): Values => byField(SCORE_VALUES, (_, i) => `${offset + i}.25`);

const MONTH = "2014-07";

async function callSaveScore(userId: string, values: Values): Promise<{ values: Values }[]> {
  return testDb().$queryRaw`
    SELECT "values" FROM "saveScore"(${userId}, ${firstDay(MONTH)}::date, ${userId}, 'FORM'::"ScoreSource",
      ${JSON.stringify(values)}::jsonb, NULL::text, false)`;
}

describe("the score fields in the database", () => {
  it("are the ScoreEntry table's decimal columns, no more and no fewer", async () => {
    const rows = await testDb().$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'ScoreEntry' AND data_type = 'numeric'`;
    expect(rows.map((r) => r.column_name).sort()).toEqual([...SCORE_VALUES].sort());
  });

  it("are what \"scoreValues\" returns, each from its own column", async () => {
    const values = distinct(1);
    const [row] = await testDb().$queryRaw<{ values: Values }[]>`
      SELECT "scoreValues"(jsonb_populate_record(NULL::"ScoreEntry", ${JSON.stringify(values)}::jsonb)) AS "values"`;
    expect(row?.values).toEqual(values);
  });

  it("are all stored and returned by \"saveScore\", when it creates an entry and when it replaces one", async () => {
    const rep = await createUser();
    const first = distinct(1);
    const second = distinct(11);
    expect((await callSaveScore(rep.id, first))[0]?.values).toEqual(first);
    expect((await callSaveScore(rep.id, second))[0]?.values).toEqual(second);

    const stored = await testDb().scoreEntry.findUniqueOrThrow({
      where: { userId_month: { userId: rep.id, month: monthToDate(MONTH) } },
      select: SCORE_VALUE_COLUMNS,
    });
    expect(scoreValuesOf(stored)).toEqual(second);
    const replaced = await testDb().scoreAudit.findFirstOrThrow({ where: { userId: rep.id, action: "UPDATE" } });
    expect(replaced.oldValues).toEqual(first);
    expect(replaced.newValues).toEqual(second);
  });
});
