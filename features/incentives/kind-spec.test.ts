import { describe, expect, it } from "vitest";
import en from "@/platform/i18n/messages/en.json";
import fr from "@/platform/i18n/messages/fr.json";
import { CHALLENGE_KINDS } from "./kinds";
import { KIND_SPECS, usesField, type KindField } from "./kind-spec";
import { challengeSchema } from "./schema";

const FIELDS: KindField[] = ["target", "winners", "pillar", "measure"];
// Every optional field filled in, each with a value any kind that reads it accepts.
const everything = { title: "T", teamId: null, from: "2026-11", to: "2026-11", target: "1", pillar: "brand", winners: 2, measure: "fair-gain", reward: { text: "R" } };

describe("the kind registry", () => {
  it.each(CHALLENGE_KINDS)("keeps exactly the fields the form shows for %s", (kind) => {
    const parsed = challengeSchema.parse({ ...everything, kind });
    const kept = FIELDS.filter((field) => parsed[field] !== null);
    expect(kept).toEqual(FIELDS.filter((field) => usesField(kind, field)));
  });

  it.each(CHALLENGE_KINDS)("gives %s either a target or places that win, never both", (kind) => {
    const { fields, progress } = KIND_SPECS[kind];
    expect(fields.target === null).toBe(fields.winners);
    // Races are worded by their places, everything else against its target.
    expect(progress === "position").toBe(fields.winners);
  });

  it.each(CHALLENGE_KINDS)("names %s, and its target's mistakes, in every catalogue", (kind) => {
    for (const catalogue of [en, fr]) {
      expect(catalogue.incentives.kinds).toHaveProperty([kind]);
      const code = KIND_SPECS[kind].fields.target?.code;
      if (code) expect(catalogue.fieldErrors).toHaveProperty([code]);
    }
  });
});
