import { describe, expect, it } from "vitest";
import { addressHasControlCharacter } from "./page-address";

const address = (url: string) => {
  const parsed = new URL(url, "http://localhost");
  return addressHasControlCharacter(parsed.pathname, parsed.searchParams);
};

describe("a page's address", () => {
  it("with a control character in its path or query string is not one of ours", () => {
    for (const url of ["/leaderboard?team=%00", "/admin/audit?actor=a%01", "/teams/%00", "/reps/a%7F", "/x?%00=1", "/leaderboard?month=%C2%85"]) expect(address(url), url).toBe(true);
  });

  it("is one of ours otherwise, odd or not", () => {
    for (const url of ["/", "/leaderboard?team=all&month=2026-10&page=2", "/reps/%E9", "/teams/%", "/admin/audit?actor=&from=2026-02-30", "/sign-in?callbackUrl=%2Fleaderboard%3Fteam%3Dall", "/x?note=two%0Alines"]) {
      expect(address(url), url).toBe(false);
    }
  });
});
