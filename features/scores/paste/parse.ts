// Reads the text a rep copied from LinkedIn's SSI page (select all, copy), in
// any of the languages LinkedIn shows it in. It reads the page's structure,
// which is the same in every language, rather than its words:
// - a total "N <word> 100" ("53 out of 100", "67 sur 100", "41 de 100",
//   "53/100"), or a number beside "Social Selling Index" (total.ts), the same
//   wherever the page gives it;
// - then a number of 0 to 25 per pillar, each beside a label, in LinkedIn's
//   fixed order, which is PILLARS' (score.ts), numbers before or after
//   their labels, on their own lines or on the label's line;
// - the four add up to the total within 1 point;
// - the ranks and averages, each read only when every copy of it the page
//   gives agrees (ranks.ts, averages.ts, figures.ts).
// Known labels (labels.ts) confirm the order; unknown ones fall back on it.
// Pure: no I/O. When the text is not understood, or could be read in more
// than one way, it says why and returns no score; a rank or an average it
// cannot be sure of is left empty, with why: a wrong score filled in silently
// is the worst outcome.
import type { Month } from "@/platform/time/month";
import { milliToText } from "@/platform/numbers/decimal";
import { byField, PILLARS, type OptionalValue, type Pillar, type RequiredValue } from "../score";
import { TOTAL_TOLERANCE_MILLI } from "../schema";
import { datedMonth, extras } from "./extras";
import type { Refusals } from "./figures";
import { AVERAGE_WORDS, knownPillar } from "./labels";
import { lineOf, normalise, type Line } from "./lines";
import { pageTotals } from "./total";

/** What a page gave: the total and pillars always, the ranks, averages and month when it showed them. */
export type PastedScore = Record<RequiredValue, string> & Partial<Record<OptionalValue, string>> & { month?: Month };

export type PasteFailure = "empty" | "no-pillars" | "incomplete-pillars" | "no-total" | "contradicted-total" | "no-match" | "ambiguous";

/**
 * A reading, with the optional figures left empty and why (`refused`), or a
 * refusal; a refused total names the totals the page shows.
 */
export type PasteResult =
  | { ok: true; score: PastedScore; refused?: Refusals }
  | { ok: false; reason: "contradicted-total"; values: string[] }
  | { ok: false; reason: Exclude<PasteFailure, "contradicted-total"> };

const MAX_PILLAR_MILLI = 25_000;

/** A number of 0–25 beside a label: a pillar, maybe. */
interface Entry {
  milli: number;
  /** The pillar its label names; null when the label is unknown. */
  named: Pillar | null;
  /** On the label's line, or on a line of its own: one page has one layout. */
  inline: boolean;
  /** The lines it was read from (the number's, and its label's). */
  from: number;
  to: number;
}

type Orientation = "after" | "before";

/** What a label names: its nearest line that names a pillar (a heading beyond it may name another). */
function nameOf(labels: string[]): Pillar | null {
  for (const label of labels) {
    const pillar = knownPillar(label);
    if (pillar) return pillar;
  }
  return null;
}

/**
 * The runs of entries for one reading of the layout (a number's label is the
 * lines of words before it, nearest first, or after it). A run is broken by any other line
 * with a number in it, so the numbers of a run stand together on the page.
 * A number with another number on its far side is no one's: which of the two
 * is the label's cannot be told.
 */
function runsOf(lines: Line[], orientation: Orientation): Entry[][] {
  const step = orientation === "after" ? -1 : 1;
  const runs: Entry[][] = [[]];
  const breakRun = () => {
    if (runs.at(-1)?.length) runs.push([]);
  };
  lines.forEach((line, index) => {
    if (line.kind === "label") return;
    let entry: Entry | null = null;
    if (line.kind === "labelled") entry = { milli: line.milli, named: nameOf([line.text]), inline: true, from: index, to: index };
    if (line.kind === "number" && lines[index - step]?.kind !== "number") {
      const labels: string[] = [];
      let end = index + step;
      for (let beside = lines[end]; beside?.kind === "label"; beside = lines[(end += step)]) labels.push(beside.text);
      const last = end - step;
      if (labels.length > 0) {
        entry = { milli: line.milli, named: nameOf(labels), inline: false, from: Math.min(index, last), to: Math.max(index, last) };
      }
    }
    if (entry && entry.milli <= MAX_PILLAR_MILLI) runs.at(-1)?.push(entry);
    else breakRun();
  });
  return runs.filter((run) => run.length > 0);
}

/** The pillars that the labels in and around a run name, whether or not a number was read beside them. */
function namedAround(lines: Line[], run: Entry[]): Set<Pillar> {
  const from = Math.min(...run.map((e) => e.from)) - 1;
  const to = Math.max(...run.map((e) => e.to)) + 1;
  const named = new Set<Pillar>();
  for (let index = Math.max(0, from); index <= to && index < lines.length; index++) {
    const line = lines[index];
    const pillar = line?.kind === "label" || line?.kind === "labelled" ? knownPillar(line.text) : null;
    if (pillar) named.add(pillar);
  }
  return named;
}

/**
 * The four pillars that four consecutive entries of a run can be, or null
 * when the four are not in one layout or a label says otherwise: a known label must be in its own place, and a
 * place whose pillar is named in or around the run cannot go to an unknown label.
 */
function pillarsOf(run: Entry[], start: number, named: Set<Pillar>): Record<Pillar, number> | null {
  const window = run.slice(start, start + PILLARS.length);
  const fits = PILLARS.every((pillar, i) => {
    const entry = window[i];
    if (!entry || entry.inline !== window[0]?.inline) return false;
    return entry.named === null ? !named.has(pillar) : entry.named === pillar;
  });
  return fits ? byField(PILLARS, (_, i) => window[i]?.milli ?? 0) : null;
}

const samePillars = (a: Record<Pillar, number>, b: Record<Pillar, number>) => PILLARS.every((p) => a[p] === b[p]);

/**
 * Whether four pillars starting with `first` are a group's ("People in your
 * network have an average SSI of 29", then its four pillars), not the
 * member's: a line of the two before them speaks of an average.
 */
function isGroupAverage(text: string[], first: Entry | undefined): boolean {
  const from = first?.from ?? 0;
  return [text[from - 1], text[from - 2]].some((line) => line !== undefined && AVERAGE_WORDS.test(line));
}

/** Every way the page's numbers can be its pillars, whatever the total (never a group's average pillars). */
function pillarSets(text: string[], lines: Line[], runs: Entry[][]): Record<Pillar, number>[] {
  const sets: Record<Pillar, number>[] = [];
  for (const run of runs) {
    const named = namedAround(lines, run);
    for (let start = 0; start + PILLARS.length <= run.length; start++) {
      const set = isGroupAverage(text, run[start]) ? null : pillarsOf(run, start, named);
      if (set) sets.push(set);
    }
  }
  return sets;
}

function failureWithoutPillars(lines: Line[], runs: Entry[][]): "no-match" | "incomplete-pillars" | "no-pillars" {
  // Four numbers beside labels, but never in LinkedIn's order.
  if (runs.some((run) => run.length >= PILLARS.length)) return "no-match";
  const labels = lines.flatMap((line) => (line.kind === "label" || line.kind === "labelled" ? [line.text] : []));
  return labels.some((label) => knownPillar(label) !== null) ? "incomplete-pillars" : "no-pillars";
}

/** Reads a pasted SSI page. */
export function parseSsiPage(pasted: string): PasteResult {
  const text = pasted.split(/\r?\n/).map(normalise).filter((l) => l !== "");
  if (text.length === 0) return { ok: false, reason: "empty" };
  const lines = text.map(lineOf);
  const runs = (["after", "before"] as const).flatMap((orientation) => runsOf(lines, orientation));
  const sets = pillarSets(text, lines, runs);
  if (sets.length === 0) return { ok: false, reason: failureWithoutPillars(lines, runs) };
  const [total, ...others] = pageTotals(text);
  if (total === undefined) return { ok: false, reason: "no-total" };
  if (others.length > 0) return { ok: false, reason: "contradicted-total", values: [total, ...others].map(milliToText) };

  const readings: Record<Pillar, number>[] = [];
  for (const pillars of sets) {
    const sum = PILLARS.reduce((acc, p) => acc + pillars[p], 0);
    if (Math.abs(total - sum) <= TOTAL_TOLERANCE_MILLI && !readings.some((r) => samePillars(r, pillars))) readings.push(pillars);
  }
  const [reading, ...alternatives] = readings;
  if (!reading) return { ok: false, reason: "no-match" };
  if (alternatives.length > 0) return { ok: false, reason: "ambiguous" };

  const month = datedMonth(text);
  const { values, refused } = extras(text);
  const score: PastedScore = {
    total: milliToText(total),
    ...byField(PILLARS, (p) => milliToText(reading[p])),
    ...values,
    ...(month ? { month } : {}),
  };
  return Object.keys(refused).length > 0 ? { ok: true, score, refused } : { ok: true, score };
}
