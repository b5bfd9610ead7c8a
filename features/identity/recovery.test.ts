import { describe, expect, it } from "vitest";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes, RECOVERY_CODE_COUNT } from "./recovery";

describe("recovery codes", () => {
  it("are ten different codes of two groups of five, none confusable (0/o, 1/l/i)", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
  });

  it("hash the same whatever the case and spacing typed, and differently from one another", () => {
    const [a, b] = newRecoveryCodes();
    expect(hashRecoveryCode(a ?? "")).toBe(hashRecoveryCode(` ${(a ?? "").toUpperCase().replace("-", " ")} `));
    expect(hashRecoveryCode(a ?? "")).not.toBe(hashRecoveryCode(b ?? ""));
  });

  it("are told from an app's six digits by their shape", () => {
    expect(looksLikeRecoveryCode("abcde-fghjk")).toBe(true);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
    expect(looksLikeRecoveryCode("1234567890")).toBe(false);
  });
});
