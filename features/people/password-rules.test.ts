import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-rules";

describe("passwordProblem", () => {
  it("refuses fewer than 12 characters", () => {
    expect(passwordProblem("Tr0ub4dor&3")).toBe("password-too-short");
  });
  it("counts characters, not UTF-16 units", () => {
    expect(passwordProblem("🎉🎉🎉🎉🎉🎉abcde")).toBe("password-too-short");
  });
  it("refuses a common password of 12 characters or more, whatever its case", () => {
    expect(passwordProblem("QWERTY123456")).toBe("password-common");
    expect(passwordProblem("1qaz2wsx3edc")).toBe("password-common");
  });
  it("refuses one character repeated", () => {
    expect(passwordProblem("aaaaaaaaaaaaaaa")).toBe("password-common");
  });
  it("accepts a long uncommon passphrase", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
  });
});
