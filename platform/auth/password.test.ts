import { describe, expect, it } from "vitest";
import { hashPassword, verifyDecoy, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses argon2id with at least 19 MiB and 2 iterations", async () => {
    const hashed = await hashPassword("correct horse");
    expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("accepts the right password and refuses a wrong one", async () => {
    const hashed = await hashPassword("correct horse");
    expect(await verifyPassword(hashed, "correct horse")).toBe(true);
    expect(await verifyPassword(hashed, "Correct horse")).toBe(false);
  });

  it("salts each hash, so equal passwords give different hashes", async () => {
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
  });

  it("treats a malformed stored hash as a mismatch", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
    expect(await verifyDecoy("anything")).toBe(false);
  });
});
