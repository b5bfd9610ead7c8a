import { describe, expect, it } from "vitest";
import { readAuditQuery } from "./query";

const read = (query: string) => readAuditQuery(new URLSearchParams(query));

describe("the audit log's query string", () => {
  it("reads the filter: a person, a kind and days of the calendar", () => {
    expect(read("actor=ck1&kind=month.close&from=2024-02-29&to=2026-12-31")).toEqual({
      ok: true,
      query: { filter: { personId: "ck1", kind: "month.close", from: "2024-02-29", to: "2026-12-31" }, cursor: undefined },
    });
  });

  it("refuses a day the calendar does not have, which PostgreSQL refused with a 500", () => {
    for (const day of ["2026-02-30", "2026-04-31", "2026-02-29", "0000-01-01", "1899-12-31"]) {
      expect(read(`from=${day}`), day).toEqual({ ok: false, fields: { from: { code: "date-impossible" } } });
      expect(read(`to=${day}`), day).toEqual({ ok: false, fields: { to: { code: "date-impossible" } } });
    }
    expect(read("from=2026-2-3")).toEqual({ ok: false, fields: { from: { code: "date-invalid" } } });
  });

  it("refuses a person id with a control character in it", () => {
    for (const actor of ["%00", "a%01", "a%0Ab"]) expect(read(`actor=${actor}`), actor).toEqual({ ok: false, fields: { actor: { code: "control-characters" } } });
  });
});
