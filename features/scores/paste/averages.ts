// The two groups' average SSI ("… have an average SSI of 23"), from every
// sentence that gives one: of the group its own words name, else of the
// section it sits under ("People in your network").
import { parseDecimal } from "@/platform/numbers/decimal";
import { byField, GROUPS, VALUE_RULES, type Group } from "../score";
import { noEvidence, type Evidence } from "./figures";
import { groupOf, sectionsOf } from "./groups";
import { AVERAGE_WORDS } from "./labels";
import { NUMBER } from "./lines";

// A whole number, not the digits of a longer one nor a percentage.
const AVERAGE = new RegExp(`(?<![\\d.,])(${NUMBER})(?![\\d%]|[.,]\\d|\\s*%)`);
const MAX_MILLI = VALUE_RULES.industryAvg.max * 1000;

/** The copies of each group's average the page gives. */
export function averageEvidence(text: string[]): Record<Group, Evidence> {
  const evidence = byField(GROUPS, noEvidence);
  const sections = sectionsOf(text);
  text.forEach((line, at) => {
    if (!AVERAGE_WORDS.test(line)) return;
    const group = groupOf(line) ?? sections[at];
    const value = AVERAGE.exec(line.replace(/\bssi\b/g, ""))?.[1];
    const parsed = value ? parseDecimal(value) : null;
    if (!parsed || parsed.milli > MAX_MILLI) return;
    // An average whose group cannot be told could be either's, and contradict it.
    if (group) evidence[group].copies.push({ at, value: parsed.text });
    else GROUPS.forEach((either) => evidence[either].unclear.push({ at, value: parsed.text }));
  });
  return evidence;
}
