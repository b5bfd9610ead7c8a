// The total SSI a pasted page shows. The page may give it more than once:
// the gauge's "N <word> 100" ("53 out of 100", "67 sur 100", "53/100", on one
// line or two) and a number beside a total marker ("Your SSI: 74", "Current
// Social Selling Index" then 53). Every copy must agree: a page that shows two
// totals was cut or mixed up, and either could be a stray number.
import { parseDecimal } from "@/platform/numbers/decimal";
import { VALUE_RULES } from "../score";
import { AVERAGE_WORDS, TOTAL_MARKERS } from "./labels";
import { aloneNumber, NUMBER } from "./lines";

const OUT_OF_100 = String.raw`(?:\/|(?:\p{L}+\.?\s*){1,2})\s*100`;
const INLINE = new RegExp(`(?:^|[\\s:])(${NUMBER})\\s*${OUT_OF_100}$`, "u");
const TAIL = new RegExp(`^${OUT_OF_100}$`, "u");
const MARKER_VALUE = new RegExp(`(?:^|[\\s:])(${NUMBER})$`);
const MAX_MILLI = VALUE_RULES.total.max * 1000;

/** The totals the page shows (thousandths), distinct, in the page's order: one when the page agrees with itself. */
export function pageTotals(text: string[]): number[] {
  const found: { at: number; milli: number }[] = [];
  const add = (at: number, value: number | null | undefined) => {
    if (value !== null && value !== undefined && value <= MAX_MILLI) found.push({ at, milli: value });
  };
  text.forEach((line, index) => {
    // A group's average is not the rep's total, whatever its wording.
    if (AVERAGE_WORDS.test(line)) return;
    const same = INLINE.exec(line)?.[1];
    if (same) add(index, parseDecimal(same)?.milli);
    if (TAIL.test(text[index + 1] ?? "")) add(index, aloneNumber(line));
    if (TOTAL_MARKERS.some((marker) => line.includes(marker))) {
      // ("Votre SSI : 55 sur 100" ends with the 100 of "out of 100", not a total.)
      const end = same ? undefined : MARKER_VALUE.exec(line)?.[1];
      if (end) add(index, parseDecimal(end)?.milli);
      // The line after only: the line before may end another part of the page.
      add(index + 1, aloneNumber(text[index + 1]));
    }
  });
  return [...new Set(found.sort((a, b) => a.at - b.at).map((total) => total.milli))];
}
