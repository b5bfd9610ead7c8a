// The two ranks of a pasted SSI page ("Top 12%"), from every place the page
// gives them, read by the page's structure rather than by where LinkedIn put
// them last time:
// - a line that names its group: "Top 2% Industry SSI rank", "Top 12 % du secteur";
// - a sentence ("You rank in the top 75%"): of the group its own words name,
//   else of the section it sits under ("People in your industry");
// - a figure alone ("Top 75%"), labelled by the lines of words above or below
//   it. LinkedIn's English page puts the figure above its label, others below.
//   The reader tries both for all of the page's lone figures at once (one
//   page, one layout) and keeps the one in which every figure gets a label,
//   no group gets two figures in one block of lines, and every rank label
//   gets a figure. When both fit and disagree, or neither fits, it refuses
//   the ranks instead of guessing.
// A page whose words it does not know still gives its two ranks, in
// LinkedIn's order (the industry's, then the network's); a page whose words it
// knows never does: figures that lost their labels could be in either order.
import { parseDecimal } from "@/platform/numbers/decimal";
import { byField, GROUPS, VALUE_RULES, type Group } from "../score";
import { noEvidence, type Copy, type Evidence } from "./figures";
import { groupLabel, groupsNamed, SAYS_SSI, sectionsOf } from "./groups";
import { AVERAGE_WORDS, knownPillar } from "./labels";
import { TOP_PCT } from "./lines";

type RankLine =
  /** A rank's figure; `group` when its own words name one, `worded` when words come before it (a sentence). */
  | { kind: "rank"; copy: Copy; group: Group | null; worded: boolean }
  /** Figures whose group cannot be told: several on one line, or a line naming both groups. */
  | { kind: "mixed"; copies: Copy[] }
  /** Words without a figure, maybe naming a group (a label, a heading). */
  | { kind: "words"; group: Group | null }
  | { kind: "other" };

const TOP_ALL = new RegExp(TOP_PCT.source, "g");
const RULE = VALUE_RULES.industryRankPct;

function rankLineOf(line: string, at: number): RankLine {
  // "The top 5% have an average SSI of 31" speaks of others, not of the rep's rank.
  const figures = AVERAGE_WORDS.test(line) ? [] : [...line.matchAll(TOP_ALL)];
  if (figures.length === 0) return /\d/.test(line) ? { kind: "other" } : { kind: "words", group: groupLabel(line) };
  const copies = figures.flatMap((figure) => {
    const parsed = figure[1] ? parseDecimal(figure[1], RULE.maxDecimals) : null;
    const inRange = parsed && parsed.milli >= RULE.min * 1000 && parsed.milli <= RULE.max * 1000;
    return inRange ? [{ at, value: parsed.text }] : [];
  });
  const named = groupsNamed(line);
  if (figures.length > 1 || named.length > 1) return { kind: "mixed", copies };
  const [copy] = copies;
  if (!copy) return { kind: "other" };
  const before = line.slice(0, figures[0]?.index ?? 0);
  return { kind: "rank", copy, group: named[0] ?? null, worded: /\p{L}/u.test(before) };
}

/**
 * The lines that head a section rather than label a figure: a line naming a
 * group (not a rank label) followed by its section's sentences (an average, a
 * rank in words) before the next such line or lone figure.
 */
function headingsOf(lines: RankLine[], text: string[]): Set<number> {
  const headings = new Set<number>();
  let open: number | null = null;
  lines.forEach((line, at) => {
    const said = text[at] ?? "";
    if (line.kind === "words" && line.group) open = SAYS_SSI.test(said) ? null : at;
    else if (line.kind === "rank" && !line.worded) open = null;
    else if (open !== null && (AVERAGE_WORDS.test(said) || (line.kind === "rank" && line.worded))) headings.add(open);
  });
  return headings;
}

/** A lone figure's label under one layout: the one group its lines of words on that side name (headings aside), and those lines. */
function labelOf(lines: RankLine[], at: number, step: 1 | -1, headings: Set<number>): { group: Group; lines: number[] } | null {
  const named = new Set<Group>();
  const used: number[] = [];
  for (let i = at + step; ; i += step) {
    const line = lines[i];
    if (line?.kind !== "words") break;
    if (line.group && !headings.has(i)) {
      named.add(line.group);
      used.push(i);
    }
  }
  const [group, ...others] = named;
  return group && others.length === 0 ? { group, lines: used } : null;
}

/**
 * Each lone figure's group under one layout, or null when the layout does not
 * fit: a figure gets no label, a block of lines gets a group twice, or a rank
 * label gets no figure (a figure cut from the page can leave its label beside
 * another rank's figure, on the side this layout reads).
 */
function layoutOf(lines: RankLine[], figures: Copy[], step: 1 | -1, context: { headings: Set<number>; rankLabels: number[] }): Map<Copy, Group> | null {
  const read = new Map<Copy, Group>();
  const blockGroups = new Set<string>();
  const used = new Set<number>();
  for (const figure of figures) {
    const label = labelOf(lines, figure.at, step, context.headings);
    // A block is a run of lone figures and words; its first line names it.
    let block = figure.at;
    while (lines[block - 1]?.kind === "words" || (lines[block - 1]?.kind === "rank" && figures.some((f) => f.at === block - 1))) block--;
    if (!label || blockGroups.has(`${block}:${label.group}`)) return null;
    blockGroups.add(`${block}:${label.group}`);
    label.lines.forEach((line) => used.add(line));
    read.set(figure, label.group);
  }
  return context.rankLabels.every((line) => used.has(line)) ? read : null;
}

/** The copies of each group's rank the page gives, and the figures it shows that could be either's. */
export function rankEvidence(text: string[]): Record<Group, Evidence> {
  const evidence = byField(GROUPS, noEvidence);
  const lines = text.map(rankLineOf);
  const ranks = lines.flatMap((line) => (line.kind === "rank" ? [line] : []));
  const unclear = (copies: Copy[]) => GROUPS.forEach((group) => evidence[group].unclear.push(...copies));
  lines.forEach((line) => line.kind === "mixed" && unclear(line.copies));

  const knowsWords = text.some((line) => groupsNamed(line).length > 0) || new Set(text.map(knownPillar).filter(Boolean)).size >= 2;
  if (!knowsWords) {
    const [industry, network, ...more] = ranks.map((line) => line.copy);
    if (industry && network && more.length === 0) {
      evidence.industry.copies.push(industry);
      evidence.network.copies.push(network);
    } else unclear(ranks.map((line) => line.copy));
    return evidence;
  }

  const sections = sectionsOf(text);
  const lone: Copy[] = [];
  for (const { copy, group, worded } of ranks) {
    const section = worded ? sections[copy.at] : null;
    if (group) evidence[group].copies.push(copy);
    else if (section) evidence[section].copies.push(copy);
    else if (worded) unclear([copy]);
    else lone.push(copy);
  }
  if (lone.length === 0) return evidence;
  const headings = headingsOf(lines, text);
  const rankLabels = lines.flatMap((line, at) => (line.kind === "words" && line.group && SAYS_SSI.test(text[at] ?? "") ? [at] : []));
  // The figures above their labels (LinkedIn's English page), then below them: the layouts that fit.
  const layouts = ([1, -1] as const).flatMap((step) => layoutOf(lines, lone, step, { headings, rankLabels }) ?? []);
  for (const group of GROUPS) {
    const [reading, other] = layouts.map((layout) => lone.filter((copy) => layout.get(copy) === group));
    const agreed = reading && (!other || (other.length === reading.length && other.every((copy, i) => copy === reading[i])));
    if (agreed) evidence[group].copies.push(...reading);
    else evidence[group].unclear.push(...lone);
  }
  return evidence;
}
