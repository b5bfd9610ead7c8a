import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newSecret, signatureHeader } from "./sign";

describe("signatureHeader", () => {
  it("is HMAC-SHA256 of the timestamp, a dot and the body, in hex", () => {
    const header = signatureHeader("whsec_test", 1767225600, '{"a":1}');
    // The digest as a receiver computes it, from the documented recipe.
    const expected = createHmac("sha256", "whsec_test").update('1767225600.{"a":1}').digest("hex");
    expect(header).toBe(`t=1767225600,v1=${expected}`);
  });

  it("changes with the body, the timestamp and the secret", () => {
    const base = signatureHeader("s", 1, "b");
    expect(signatureHeader("s", 1, "b ")).not.toBe(base);
    expect(signatureHeader("s", 2, "b").split(",v1=")[1]).not.toBe(base.split(",v1=")[1]);
    expect(signatureHeader("t", 1, "b")).not.toBe(base);
  });
});

describe("newSecret", () => {
  it("is new every time and long enough", () => {
    const a = newSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newSecret()).not.toBe(a);
  });
});
