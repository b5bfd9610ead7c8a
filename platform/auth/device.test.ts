import { describe, expect, it } from "vitest";
import { deviceOf } from "./device";

describe("a session's device, from its user agent", () => {
  it("names the browser with its major version, and the system", () => {
    expect(deviceOf("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")).toEqual({ browser: "Chrome 131", os: "Windows", mobile: false });
    expect(deviceOf("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).toMatchObject({ browser: "Safari 17", os: "iOS", mobile: true });
  });

  it("says nothing it cannot tell", () => {
    expect(deviceOf(null)).toEqual({ browser: null, os: null, mobile: false });
    expect(deviceOf("curl/8.5.0").os).toBeNull();
  });
});
