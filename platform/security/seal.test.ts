import { describe, expect, it } from "vitest";
import { seal, sealKey, unseal } from "./seal";

const key = sealKey("x".repeat(40), "test/v1");

describe("sealed values", () => {
  it("open to what was sealed, and say nothing of it to whoever holds them", () => {
    const sealed = seal(key, '{"key":"61.375"}');
    expect(unseal(key, sealed)).toBe('{"key":"61.375"}');
    expect(sealed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toContain("61.375");
    // A fresh IV each time: the same place sealed twice looks different.
    expect(seal(key, "same")).not.toBe(seal(key, "same"));
  });

  it("refuse what another key, another purpose or another secret sealed", () => {
    const sealed = seal(key, "board");
    expect(unseal(sealKey("x".repeat(40), "other/v1"), sealed)).toBeNull();
    expect(unseal(sealKey("y".repeat(40), "test/v1"), sealed)).toBeNull();
  });

  it("refuse every change: a flipped byte anywhere, a cut, an addition, plain base64 JSON", () => {
    const bytes = Buffer.from(seal(key, '{"key":"36","name":"","id":"a"}'), "base64url");
    for (let i = 0; i < bytes.length; i++) {
      const changed = Buffer.from(bytes);
      changed[i] = (changed[i] ?? 0) ^ 0x01;
      expect(unseal(key, changed.toString("base64url")), `byte ${i}`).toBeNull();
    }
    expect(unseal(key, bytes.subarray(0, bytes.length - 1).toString("base64url"))).toBeNull();
    expect(unseal(key, Buffer.concat([bytes, Buffer.of(0)]).toString("base64url"))).toBeNull();
    for (const forged of [Buffer.from('{"key":"36","name":"","id":"a"}').toString("base64url"), "", "zzz", "a".repeat(3000), "abc=", "a b", "%00"]) {
      expect(unseal(key, forged), forged.slice(0, 20)).toBeNull();
    }
  });
});
