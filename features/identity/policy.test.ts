import { describe, expect, it } from "vitest";
import { mustUseSecondFactor, stepAfterPassword } from "./policy";

describe("who must use a second factor", () => {
  it("follows the admin's choice by role: managers means managers and admins", () => {
    const table = (["NOBODY", "ADMINS", "MANAGERS", "EVERYONE"] as const).map((policy) => (["REP", "MANAGER", "ADMIN"] as const).map((role) => mustUseSecondFactor(policy, role)));
    expect(table).toEqual([
      [false, false, false],
      [false, false, true],
      [false, true, true],
      [true, true, true],
    ]);
  });

  it("asks for the factor one has, for enrolment when one is required or was reset, else lets in", () => {
    expect(stepAfterPassword({ role: "REP", mustEnrol: false, hasFactor: true }, "NOBODY")).toBe("SECOND_FACTOR");
    expect(stepAfterPassword({ role: "ADMIN", mustEnrol: false, hasFactor: false }, "ADMINS")).toBe("ENROL");
    expect(stepAfterPassword({ role: "REP", mustEnrol: true, hasFactor: false }, "NOBODY")).toBe("ENROL");
    expect(stepAfterPassword({ role: "REP", mustEnrol: false, hasFactor: false }, "ADMINS")).toBe("SIGNED_IN");
  });
});
