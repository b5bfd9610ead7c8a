import { describe, expect, it } from "vitest";
import { attachment } from "./disposition";

describe("a download's Content-Disposition", () => {
  it("names an ASCII file as before: anything but letters, digits, dots and dashes becomes a dash", () => {
    expect(attachment("ssi-score-North 2-2026-03.csv")).toBe('attachment; filename="ssi-score-North-2-2026-03.csv"');
    expect(attachment('ssi "x"/y.csv')).toBe('attachment; filename="ssi-x-y.csv"');
  });

  it("adds the real name in UTF-8 (RFC 5987) for a name that is not ASCII, with an ASCII fallback", () => {
    expect(attachment("ssi-classement-Équipe Nord-2026-03.xlsx")).toBe(
      "attachment; filename=\"ssi-classement-Equipe-Nord-2026-03.xlsx\"; filename*=UTF-8''ssi-classement-%C3%89quipe-Nord-2026-03.xlsx",
    );
    expect(attachment("ssi-journal-audit-l’équipe (1)*.xlsx")).toContain("filename*=UTF-8''ssi-journal-audit-l%E2%80%99%C3%A9quipe-%281%29-.xlsx");
  });
});
