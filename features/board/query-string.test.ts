import { describe, expect, it } from "vitest";
import { parseBoardQuery, toSearchParams } from "./query-string";

const strict = { month: true, board: true };
const lenient = { month: false, board: false };
const read = (query: string, rules = strict) => parseBoardQuery(new URLSearchParams(query), "2026-11", rules);

describe("parseBoardQuery", () => {
  it("reads team, month, board and page", () => {
    expect(read("team=t1&month=2026-09&board=improvement&page=3")).toEqual({
      ok: true,
      query: { team: "t1", month: "2026-09", kind: "improvement", page: "3" },
    });
  });

  it("defaults to the user's board, this month and the SSI board", () => {
    expect(read("")).toEqual({ ok: true, query: { team: null, month: "2026-11", kind: "score", page: null } });
    expect(read("team=")).toMatchObject({ ok: true, query: { team: null } });
  });

  it("refuses an unknown month or board when strict, naming each field", () => {
    expect(read("month=2026-13&board=best")).toEqual({
      ok: false,
      fields: { month: { code: "month-invalid" }, board: { code: "board-invalid" } },
    });
    expect(read("board=best", { month: true, board: false })).toMatchObject({ ok: true, query: { kind: "score" } });
  });

  it("falls back when lenient", () => {
    expect(read("month=garbage&board=%3Cscript%3E", lenient)).toEqual({
      ok: true,
      query: { team: null, month: "2026-11", kind: "score", page: null },
    });
  });
});

describe("toSearchParams", () => {
  it("keeps the first of repeated parameters and drops missing ones", () => {
    expect(toSearchParams({ team: ["a", "b"], month: "2026-10", page: undefined }).toString()).toBe("team=a&month=2026-10");
  });
});
