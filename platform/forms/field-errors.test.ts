import { describe, expect, it } from "vitest";
import { z } from "zod";
import en from "@/platform/i18n/messages/en.json";
import { fieldErrors } from "./field-errors";

describe("fieldErrors", () => {
  const schema = z.object({ name: z.string().min(1, "required"), reward: z.object({ text: z.string() }), tags: z.array(z.string()) });

  it("keeps our message codes, and names every other check's failure with one code the catalogues hold", () => {
    const result = schema.safeParse({ name: "", reward: { text: [] }, tags: "x" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrors(result.error)).toEqual({ name: { code: "required" }, "reward.text": { code: "invalid-value" }, tags: { code: "invalid-value" } });
    expect(en.fieldErrors["invalid-value"]).toBeTruthy();
  });
});
