import { describe, expect, it } from "vitest";
import { bookmarkletCode, MAX_HANDOFF_CHARS, textFromFragment } from "./handoff";

describe("the LinkedIn handoff", () => {
  it("writes a bookmarklet that opens this app's log page with the page's text in the fragment", () => {
    const code = bookmarkletCode("http://192.168.1.20:3000");
    expect(code.startsWith("javascript:(function(){")).toBe(true);
    expect(code).toContain('"http://192.168.1.20:3000/log#paste="+encodeURIComponent(document.body.innerText');
    expect(code).not.toContain("?");
  });

  it("quotes an origin safely", () => {
    expect(bookmarkletCode('http://x"y')).toContain('"http://x\\"y/log#paste="');
  });

  it("reads the text back from the fragment, and nothing from other fragments", () => {
    expect(textFromFragment(`#paste=${encodeURIComponent("Social Selling Index\n53 out of 100")}`)).toBe("Social Selling Index\n53 out of 100");
    expect(textFromFragment("#main")).toBeNull();
    expect(textFromFragment("#paste=%E0%A4%A")).toBeNull();
    expect(textFromFragment(`#paste=${"a".repeat(MAX_HANDOFF_CHARS + 10)}`)?.length).toBe(MAX_HANDOFF_CHARS);
  });
});
