// The paste reader never reads a wrong score: pages shuffled by paragraphs,
// cut at the start or the end, sprinkled with noise, and with their ranks
// laid out again (the network's first, each label on either side of its
// figure, one copy of a rank dropped) either read right or are refused, the
// whole page or the figures it cannot be sure of. (A wrong score filled in
// silently is the one outcome a rep cannot see; a refusal only asks them to
// copy again, or to type a figure.)
//
// Noise is what a copied page holds besides the SSI: words, counts, big
// numbers, dates, times. It never has the shape of SSI data (a number of
// 0–25 beside words, "Top N%"): such a line put where a cut removed the real
// one makes another, equally valid page, which no reader could tell apart.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GROUPS, OPTIONAL_VALUES, PILLARS, RANK_VALUES, VALUE_RULES, type Group } from "../score";
import { parseSsiPage } from "./parse";
import { AS_WRITTEN, rearranged, type RankLayout } from "./fixtures/rank-layouts";
import { fixture, READABLE } from "./fixtures/readable";

const WORDS = ["lorem", "ipsum", "Sales Navigator", "team", "Überblick", "équipe", "notifications", "Mehr", "ver todo", "aiuto"];

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
const big = fc.integer({ min: 26, max: 999 }).map(String);
const noise = fc.oneof(
  words,
  big,
  fc.tuple(words, big).map(([w, n]) => `${w} ${n}`),
  fc.tuple(big, words).map(([n, w]) => `${n} ${w}`),
  fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 2000, max: 2030 })).map(([d, y]) => `${d}/11/${y}`),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 10, max: 59 })).map(([h, m]) => `${h}:${m}`),
  // From 26,000: "9,750 followers" reads as a pillar of 9.75 beside words.
  fc.integer({ min: 26_000, max: 99_999 }).map((n) => `${n.toLocaleString("en-US")} followers`),
);

const layouts: fc.Arbitrary<RankLayout> = fc.record({
  networkFirst: fc.boolean(),
  labelFirst: fc.record({ industry: fc.boolean(), network: fc.boolean() }),
  drop: fc.option(fc.record({ copy: fc.constantFrom<"header" | "sentence">("header", "sentence"), group: fc.constantFrom<Group>(...GROUPS) }), {
    nil: null,
  }),
});

/** A fixture with its ranks laid out again (or as written), shuffled by paragraphs, cut at either end, with noise lines (or words only). */
const pages = ({ numbers, cuts, ranks }: { numbers: boolean; cuts: boolean; ranks: boolean }) =>
  fc.constantFrom(...Object.keys(READABLE)).chain((name) =>
    (ranks ? layouts : fc.constant(AS_WRITTEN)).chain((layout) => {
      const paragraphs = rearranged(fixture(name), READABLE[name], layout).trim().split(/\n\s*\n/);
      return fc.record({
        name: fc.constant(name),
        paragraphs: fc.shuffledSubarray(paragraphs, { minLength: paragraphs.length }),
        cutStart: cuts ? fc.nat(4) : fc.constant(0),
        cutEnd: cuts ? fc.nat(30) : fc.constant(0),
        noise: fc.array(fc.tuple(fc.nat(200), numbers ? noise : words), { maxLength: 5 }),
      });
    }),
  );

function build({ paragraphs, cutStart, cutEnd, noise }: { paragraphs: string[]; cutStart: number; cutEnd: number; noise: [number, string][] }) {
  const lines = paragraphs.join("\n\n").split("\n");
  const kept = lines.slice(cutStart, Math.max(cutStart, lines.length - cutEnd));
  for (const [at, line] of noise) kept.splice(at % (kept.length + 1), 0, line);
  return kept.join("\n");
}

describe("parseSsiPage on shuffled, truncated and noisy pages", () => {
  it("reads the right score or refuses, the page or the figures it cannot be sure of", () => {
    fc.assert(
      fc.property(pages({ numbers: true, cuts: true, ranks: true }), (generated) => {
        const result = parseSsiPage(build(generated));
        if (!result.ok) return;
        const expected = READABLE[generated.name];
        for (const field of ["total", ...PILLARS] as const) expect(result.score[field]).toBe(expected?.[field]);
        for (const field of OPTIONAL_VALUES) {
          if (result.score[field] !== undefined) expect(result.score[field]).toBe(expected?.[field]);
          if (result.refused?.[field]) expect(result.score[field]).toBeUndefined();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("still reads shuffled pages with words added (the property above is not met by refusing everything)", () => {
    const samples = fc.sample(pages({ numbers: false, cuts: false, ranks: false }), { numRuns: 400, seed: 42 });
    const read = samples.filter((generated) => parseSsiPage(build(generated)).ok).length;
    expect(read / samples.length).toBeGreaterThan(0.95);
  });
});

describe("parseSsiPage on the ranks laid out in every way LinkedIn might", () => {
  // One layout for the whole header (both labels above, or both below), either
  // rank first, with or without one copy: a page that still shows a rank's
  // figure reads it (the property above is not met by refusing every rank).
  const cases = Object.keys(READABLE).flatMap((name) =>
    [false, true].flatMap((networkFirst) =>
      [false, true].flatMap((labelFirst) =>
        [null, ...GROUPS.flatMap((group) => (["header", "sentence"] as const).map((copy) => ({ copy, group })))].map((drop) => ({
          name,
          layout: { networkFirst, labelFirst: { industry: labelFirst, network: labelFirst }, drop },
          title: [
            `${name}: ${networkFirst ? "network" : "industry"} first`,
            `labels ${labelFirst ? "above" : "below"} their figures`,
            drop ? `no ${drop.copy} copy of the ${drop.group} rank` : "every copy",
          ].join(", "),
        })),
      ),
    ),
  );

  it.each(cases)("$title", ({ name, layout }) => {
    const expected = READABLE[name];
    const page = rearranged(fixture(name), expected, layout);
    const result = parseSsiPage(page);
    expect(result).toMatchObject({ ok: true, score: { total: expected?.total } });
    if (!result.ok) return;
    expect(result.refused).toBeUndefined();
    for (const field of RANK_VALUES) {
      const value = expected?.[field];
      const shown = value !== undefined && new RegExp(`top\\s*${value.replace(".", "[.,]")}\\s*%`, "i").test(page);
      expect(result.score[field], field).toBe(shown ? value : undefined);
    }
  });
});

describe("parseSsiPage on anything at all", () => {
  /** Lines of real pages and of anything, with numbers of every size. */
  const anything = fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.string({ unit: "binary", maxLength: 20 }),
        fc.double({ noNaN: false }).map(String),
        fc.tuple(fc.constantFrom(...Object.keys(READABLE)), fc.nat()).map(([name, i]) => {
          const lines = fixture(name).split("\n");
          return lines[i % lines.length] ?? "";
        }),
        fc.tuple(fc.constantFrom("Establish your professional brand", "Find the right people", "Engage with insights", "Build relationships", "Top", "out of 100", "%"), fc.double({ min: -1000, max: 1000 })).map(([w, n]) => `${w} ${n}`),
      ),
      { maxLength: 60 },
    )
    .map((lines) => lines.join("\n"));

  it("never throws, and what it reads is always within the score's ranges", () => {
    fc.assert(
      fc.property(anything, (text) => {
        const result = parseSsiPage(text);
        if (!result.ok) return;
        for (const [field, value] of Object.entries(result.score)) {
          if (typeof value !== "string" || !(field in VALUE_RULES)) continue;
          const { min, max } = VALUE_RULES[field as keyof typeof VALUE_RULES];
          expect(Number(value), `${field} ${value}`).toBeGreaterThanOrEqual(min);
          expect(Number(value), `${field} ${value}`).toBeLessThanOrEqual(max);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
