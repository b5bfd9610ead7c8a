// Excel refuses a workbook whose sheet name has one of []:*?/\, starts or
// ends with an apostrophe, is empty, longer than 31 characters, or "History"
// (reserved). Names come from the catalogue and team names: made safe here.

const MAX_LENGTH = 31;

const trimQuotes = (name: string) => name.replace(/^[\s']+|[\s']+$/g, "");

/** `wanted` as a sheet name Excel accepts; `fallback` when nothing is left of it. */
export function sheetName(wanted: string, fallback = "Sheet1"): string {
  const cleaned = trimQuotes(wanted.replace(/[[\]:*?/\\\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " "));
  // Cut by whole characters, so that no emoji is split in half.
  let cut = "";
  for (const character of cleaned) {
    if (cut.length + character.length > MAX_LENGTH) break;
    cut += character;
  }
  const name = trimQuotes(cut);
  if (name === "") return fallback;
  return name.toLowerCase() === "history" ? `${name} 1` : name;
}
