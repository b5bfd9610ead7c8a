import { describe, expect, it } from "vitest";
import { groupedSecret, newTotpSecret, normalizeCode, totpCode, totpStep, totpUri } from "./totp";

describe("authenticator app codes (TOTP)", () => {
  const secret = newTotpSecret();
  const at = new Date("2026-12-03T10:00:10Z");
  const step = Math.floor(at.getTime() / 30_000);
  const shifted = (seconds: number) => new Date(at.getTime() + seconds * 1000);

  it("accepts the code of this step, of the step before and of the step after, each for its own step", () => {
    expect(totpStep(secret, totpCode(secret, at), at)).toBe(step);
    expect(totpStep(secret, totpCode(secret, shifted(-30)), at)).toBe(step - 1);
    expect(totpStep(secret, totpCode(secret, shifted(30)), at)).toBe(step + 1);
  });

  it("refuses a code two steps away, a code of another secret and anything not six digits", () => {
    expect(totpStep(secret, totpCode(secret, shifted(-60)), at)).toBeNull();
    expect(totpStep(secret, totpCode(secret, shifted(61)), at)).toBeNull();
    expect(totpStep(secret, totpCode(newTotpSecret(), at), at)).toBeNull();
    for (const code of ["", "12345", "1234567", "abcdef", "12 34 5x"]) expect(totpStep(secret, code, at)).toBeNull();
  });

  it("reads a code typed with spaces or a dash", () => {
    const code = totpCode(secret, at);
    expect(totpStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, at)).toBe(step);
    expect(normalizeCode("123-456")).toBe("123456");
  });

  it("gives apps an otpauth address with the issuer and the account, and people the secret in groups of four", () => {
    const uri = new URL(totpUri(secret, "rep@example.com"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("SSI Board");
    expect(decodeURIComponent(uri.pathname)).toContain("rep@example.com");
    expect(groupedSecret("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});
