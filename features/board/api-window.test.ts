import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sealCursor, type CursorBinding } from "./board-cursor";
import { parseBoardWindow } from "./api-window";

const north: CursorBinding = { scope: { kind: "team", teamId: "north" }, kind: "score", month: "2026-10", showScores: false };
const parse = (query: string, binding = north) => parseBoardWindow(new URLSearchParams(query), binding);
const base64Json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("the API's page of a board", () => {
  beforeEach(() => {
    vi.stubEnv("DATABASE_URL", "postgresql://app@db.example:5432/ssi");
    vi.stubEnv("NEXTAUTH_SECRET", "s".repeat(40));
  });
  afterEach(() => vi.unstubAllEnvs());

  it("reads limit (50 by default), a cursor it handed out, or around=me", () => {
    expect(parse("")).toEqual({ ok: true, window: { limit: 50, cursor: null } });
    expect(parse("limit=500")).toEqual({ ok: true, window: { limit: 500, cursor: null } });
    for (const cursor of [{ key: "-2.5", name: "Léa O'Neil", id: "ck1" }, { key: "61.375", name: "Ana", id: "a" }, { key: "100", name: "", id: "b" }, { key: null, name: "Zoé", id: "x" }]) {
      expect(parse(`limit=1&cursor=${sealCursor(cursor, north)}`)).toEqual({ ok: true, window: { limit: 1, cursor } });
    }
    expect(parse("around=me&limit=3")).toEqual({ ok: true, window: { limit: 3, around: "me" } });
  });

  it("hands out cursors that say nothing of the score, not even by their length", () => {
    const lengths = new Set(["7", "61.375", "-3.25", "100", null].map((key) => {
      const sealed = sealCursor({ key, name: "Ana", id: "cmx5nftvt000d757dzscw2fol" }, north);
      expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toMatch(/Ana|61|375|"key"/);
      return sealed.length;
    }));
    expect(lengths.size).toBe(1);
  });

  it("refuses a cursor written by hand, in the old format, changed or from another secret", async () => {
    const real = sealCursor({ key: "36", name: "Bea", id: "b" }, north);
    const flipped = `${real.slice(0, 20)}${real[20] === "A" ? "B" : "A"}${real.slice(21)}`;
    const forged = [base64Json({ key: "36", name: "", id: "a" }), base64Json({ key: null, name: "", id: "a" }), base64Json({ b: "team:north|score|2026-10|names", k: "+036000", n: "", i: "a" }), flipped, real.slice(0, -2), "zzz", "eyJ4IjoxfQ"];
    for (const cursor of forged) expect(parse(`cursor=${cursor}`), cursor).toMatchObject({ ok: false, fields: { cursor: { code: "cursor-invalid" } } });
    // Another deployment (its own secret) does not take this one's cursors.
    vi.resetModules();
    vi.stubEnv("NEXTAUTH_SECRET", "t".repeat(40));
    const elsewhere = (await import("./api-window")).parseBoardWindow;
    expect(elsewhere(new URLSearchParams(`cursor=${real}`), north)).toMatchObject({ ok: false, fields: { cursor: { code: "cursor-invalid" } } });
  });

  it("refuses a cursor handed out for another team, board, month or viewer class", () => {
    const place = { key: "36", name: "Bea", id: "b" };
    const others: CursorBinding[] = [
      { ...north, scope: { kind: "team", teamId: "south" } },
      { ...north, scope: { kind: "company" } },
      { ...north, kind: "improvement" },
      { ...north, month: "2026-09" },
      { ...north, showScores: true },
    ];
    for (const other of others) {
      expect(parse(`cursor=${sealCursor(place, other)}`), JSON.stringify(other)).toMatchObject({ ok: false, fields: { cursor: { code: "cursor-other-board" } } });
    }
  });

  it("names what it cannot read", () => {
    for (const limit of ["0", "501", "2.5", "-1", "", "1e2", "ten"]) expect(parse(`limit=${limit}`), limit).toMatchObject({ ok: false, fields: { limit: { code: "limit-invalid" } } });
    expect(parse("around=you")).toMatchObject({ ok: false, fields: { around: { code: "around-invalid" } } });
    expect(parse(`around=me&cursor=${sealCursor({ key: "1", name: "a", id: "b" }, north)}`)).toMatchObject({ ok: false, fields: { around: { code: "cursor-around" } } });
  });
});
