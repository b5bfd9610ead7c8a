// Which group (the industry's or the network's) a line of the page speaks of,
// and the section each line sits in.
import { GROUPS, type Group } from "../score";
import { AVERAGE_WORDS, INDUSTRY_WORDS, NETWORK_WORDS } from "./labels";

const WORDS: Record<Group, RegExp> = { industry: INDUSTRY_WORDS, network: NETWORK_WORDS };

/** The groups a line's own words name. */
export const groupsNamed = (line: string): Group[] => GROUPS.filter((group) => WORDS[group].test(line));

/** The group a line's own words name, when they name exactly one. */
export function groupOf(line: string): Group | null {
  const [group, ...others] = groupsNamed(line);
  return others.length === 0 ? (group ?? null) : null;
}

/** A label or a heading naming a group ("Industry SSI rank", "People in your network"): words only, no figure. */
export function groupLabel(line: string): Group | null {
  return /\d/.test(line) || AVERAGE_WORDS.test(line) ? null : groupOf(line);
}

/** Every language's rank label says "SSI" ("Industry SSI rank", "Classement SSI du secteur"); section headings do not. */
export const SAYS_SSI = /\bssi\b/;

/**
 * For each line, the section it sits in ("People in your industry" …): the
 * group of the nearest line above that names one, rank labels aside (a
 * sentence below the header's "Network SSI rank" is not in its section).
 */
export function sectionsOf(text: string[]): (Group | null)[] {
  let section: Group | null = null;
  return text.map((line) => {
    const current = section;
    if (!SAYS_SSI.test(line)) section = groupLabel(line) ?? section;
    return current;
  });
}
