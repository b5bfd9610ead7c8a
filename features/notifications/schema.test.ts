import { describe, expect, it } from "vitest";
import { addChannelSchema } from "./schema";

describe("addChannelSchema", () => {
  it.each(["not a url", "http://", "ftp://hooks.example.com/x", "http://hooks.example.com/x"])("refuses %s with the field's message, never throwing", (url) => {
    const result = addChannelSchema.safeParse({ medium: "slack", name: "#sales", teamId: null, url });
    expect(result.success).toBe(false);
    expect(result.error?.issues.every((issue) => issue.message === "channel-url")).toBe(true);
  });

  it("takes https, and http to this machine", () => {
    expect(addChannelSchema.safeParse({ medium: "teams", name: "#sales", teamId: null, url: "https://example.com/hook" }).success).toBe(true);
    expect(addChannelSchema.safeParse({ medium: "slack", name: "#sales", teamId: null, url: "http://127.0.0.1:9/hook" }).success).toBe(true);
  });
});
