import { describe, expect, it } from "vitest";
import { columnChoices, mappingText } from "./schema";

describe("a column mapping as text", () => {
  it("reads fields, months and ignore", () => {
    expect(mappingText.parse('{"Seat holder email":"email","Jan":"2026-01","Notes":"ignore"}')).toEqual({ "Seat holder email": "email", Jan: "2026-01", Notes: "ignore" });
    expect(mappingText.parse("")).toEqual({});
  });

  it.each(['{"a":"salary"}', '{"a":"2026-13"}', "[1]", "{", '{"__proto__":"email"}', '{"a":1}'])("refuses %s", (text) => {
    expect(mappingText.safeParse(text).error?.issues.map((i) => i.message)).toEqual(["mapping-invalid"]);
  });
});

describe("the column choices a form posts", () => {
  it("pairs headings with meanings and drops unheaded columns", () => {
    expect(columnChoices.parse({ mapHeading: ["Email", "", "SSI"], mapMeaning: ["ignore", "team", "total"] })).toEqual({ Email: "ignore", SSI: "total" });
    expect(columnChoices.parse({ mapHeading: "Email", mapMeaning: "email" })).toEqual({ Email: "email" });
    expect(columnChoices.parse({})).toEqual({});
  });

  it("refuses pairs that do not match up", () => {
    expect(columnChoices.safeParse({ mapHeading: ["a", "b"], mapMeaning: ["email"] }).success).toBe(false);
  });
});
