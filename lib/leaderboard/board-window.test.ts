import { describe, expect, it } from "vitest";
import { encodeCursor, parseBoardWindow } from "./board-window";

const parse = (query: string) => parseBoardWindow(new URLSearchParams(query));

describe("the API's page of a board", () => {
  it("reads limit (50 by default), a cursor it handed out, or around=me", () => {
    expect(parse("")).toEqual({ ok: true, window: { limit: 50, cursor: null } });
    expect(parse("limit=500")).toEqual({ ok: true, window: { limit: 500, cursor: null } });
    const cursor = { key: "-2.5", name: "Léa O'Neil", id: "ck1" };
    expect(parse(`limit=1&cursor=${encodeCursor(cursor)}`)).toEqual({ ok: true, window: { limit: 1, cursor } });
    expect(parse(`cursor=${encodeCursor({ key: null, name: "Zoé", id: "x" })}`)).toMatchObject({ ok: true, window: { cursor: { key: null } } });
    expect(parse("around=me&limit=3")).toEqual({ ok: true, window: { limit: 3, around: "me" } });
  });

  it("names what it cannot read", () => {
    for (const limit of ["0", "501", "2.5", "-1", "", "1e2", "ten"]) expect(parse(`limit=${limit}`), limit).toMatchObject({ ok: false, fields: { limit: { code: "limit-invalid" } } });
    const forged = Buffer.from(JSON.stringify({ key: "1; DROP TABLE", name: "a", id: "b" })).toString("base64url");
    for (const cursor of ["zzz", forged, Buffer.from("[]").toString("base64url"), encodeCursor({ key: "1", name: "a", id: "" })]) {
      expect(parse(`cursor=${cursor}`), cursor).toMatchObject({ ok: false, fields: { cursor: { code: "cursor-invalid" } } });
    }
    expect(parse("around=you")).toMatchObject({ ok: false, fields: { around: { code: "around-invalid" } } });
    expect(parse(`around=me&cursor=${encodeCursor({ key: "1", name: "a", id: "b" })}`)).toMatchObject({ ok: false, fields: { around: { code: "cursor-around" } } });
  });
});
