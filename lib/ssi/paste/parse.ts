// Reads the text a rep copied from LinkedIn's SSI page (select all, copy) in
// English, French or Portuguese. Pure: no I/O. When the text is not
// understood, or could be read in more than one way, it says so and returns
// no score: a wrong score filled in silently is the worst outcome.
import type { Month } from "../../month";
import { milliToText, parseDecimal } from "../decimal";
import { byField, PILLARS, type OptionalValue, type Pillar, type RequiredValue } from "../score";
import { TOTAL_TOLERANCE_MILLI } from "../schema";
import { averages, datedMonth, ranks } from "./extras";
import { OUT_OF_100, PILLAR_LABELS, TOTAL_MARKERS } from "./labels";
import { normalise, NUMBER, pureNumber } from "./lines";

/** What a page gave: the total and pillars always, the ranks, averages and month when it showed them. */
export type PastedScore = Record<RequiredValue, string> & Partial<Record<OptionalValue, string>> & { month?: Month };

export type PasteFailure = "empty" | "no-pillars" | "incomplete-pillars" | "no-match" | "ambiguous";

export type PasteResult = { ok: true; score: PastedScore } | { ok: false; reason: PasteFailure };

interface Occurrence {
  pillar: Pillar;
  line: number;
  sameLine: number | null;
}

function findPillars(lines: string[]): Occurrence[] {
  const found: Occurrence[] = [];
  lines.forEach((line, index) => {
    for (const pillar of PILLARS) {
      const label = PILLAR_LABELS[pillar].find((l) => line.includes(l));
      if (!label) continue;
      const rest = line.replace(label, " ").replace(/[:|–—-]/g, " ").trim();
      found.push({ pillar, line: index, sameLine: rest === "" ? null : pureNumber(rest) });
    }
  });
  return found;
}

type Orientation = "after" | "before";

/** The pillar sets in reading order for one layout (numbers after or before labels), or null. */
function pillarSets(lines: string[], occurrences: Occurrence[], orientation: Orientation) {
  const sets: Partial<Record<Pillar, number>>[] = [];
  let current: Partial<Record<Pillar, number>> = {};
  for (const occurrence of occurrences) {
    const adjacent = orientation === "after" ? lines[occurrence.line + 1] : lines[occurrence.line - 1];
    const value = occurrence.sameLine ?? pureNumber(adjacent);
    if (value === null || value > 25_000) return null;
    if (current[occurrence.pillar] !== undefined) {
      sets.push(current);
      current = {};
    }
    current[occurrence.pillar] = value;
  }
  sets.push(current);
  return sets;
}

function isComplete(set: Partial<Record<Pillar, number>>): set is Record<Pillar, number> {
  return PILLARS.every((p) => set[p] !== undefined);
}

function totalCandidates(lines: string[]): Set<number> {
  const totals = new Set<number>();
  lines.forEach((line, index) => {
    const before = new RegExp(`^(${NUMBER})\\s*(?:out of|sur|de|\\/)\\s*100\\b`).exec(line);
    if (before?.[1]) totals.add(parseDecimal(before[1])?.milli ?? -1);
    const next = lines[index + 1];
    if (next !== undefined && OUT_OF_100.test(next)) {
      const value = pureNumber(line);
      if (value !== null) totals.add(value);
    }
    if (TOTAL_MARKERS.some((m) => line.includes(m))) {
      const inline = new RegExp(`(?:^|[\\s:])(${NUMBER})$`).exec(line);
      if (inline?.[1]) totals.add(parseDecimal(inline[1])?.milli ?? -1);
      for (const near of [lines[index + 1], lines[index - 1]]) {
        const value = pureNumber(near);
        if (value !== null) totals.add(value);
      }
    }
  });
  totals.delete(-1);
  for (const value of totals) if (value > 100_000) totals.delete(value);
  return totals;
}

interface Reading {
  set: Record<Pillar, number>;
  total: number;
}

function sameReading(a: Reading, b: Reading): boolean {
  return a.total === b.total && PILLARS.every((p) => a.set[p] === b.set[p]);
}

/** Reads a pasted SSI page. */
export function parseSsiPage(text: string): PasteResult {
  const lines = text.split(/\r?\n/).map(normalise).filter((l) => l !== "");
  if (lines.length === 0) return { ok: false, reason: "empty" };
  const occurrences = findPillars(lines);
  if (occurrences.length === 0) return { ok: false, reason: "no-pillars" };

  const totals = totalCandidates(lines);
  const readings: Reading[] = [];
  let anyComplete = false;
  for (const orientation of ["after", "before"] as const) {
    const sets = pillarSets(lines, occurrences, orientation);
    if (!sets) continue;
    const complete = sets.filter(isComplete);
    if (complete.length > 0) anyComplete = true;
    for (const set of complete) {
      const sum = PILLARS.reduce((acc, p) => acc + set[p], 0);
      if (totals.size === 0 && complete.length === 1) {
        readings.push({ set, total: Math.round(sum / 1000) * 1000 });
        continue;
      }
      for (const total of totals) {
        if (Math.abs(total - sum) <= TOTAL_TOLERANCE_MILLI) readings.push({ set, total });
      }
    }
  }
  if (!anyComplete) return { ok: false, reason: "incomplete-pillars" };
  const distinct = readings.filter((r, i) => readings.findIndex((o) => sameReading(o, r)) === i);
  if (distinct.length === 0) return { ok: false, reason: "no-match" };
  const [reading] = distinct;
  if (distinct.length > 1 || !reading) return { ok: false, reason: "ambiguous" };

  const month = datedMonth(lines);
  return {
    ok: true,
    score: {
      total: milliToText(reading.total),
      ...byField(PILLARS, (p) => milliToText(reading.set[p])),
      ...ranks(lines),
      ...averages(lines),
      ...(month ? { month } : {}),
    },
  };
}
