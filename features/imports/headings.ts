// What a column heading names, in English and French, whatever its case,
// accents or punctuation ("E-mail", "Prénom", "Seat holder email", "Social
// Selling Index", "Construire votre marque professionnelle"). A heading that
// names nothing SSI Board keeps ("Notes", "Average", "Days active") is
// ignored, and the check lists it.
import en from "@/platform/i18n/messages/en.json";
import fr from "@/platform/i18n/messages/fr.json";
import type { Month } from "@/platform/time/month";
import { knownPillar } from "@/features/scores/client";
import { PILLARS } from "@/features/scores/client";
import type { ImportKind } from "./kinds";
import { readMonth } from "./months";

export const PERSON_FIELDS = ["email", "name", "firstName", "lastName", "team"] as const;
export const FIELDS = [...PERSON_FIELDS, "role", "month", "total", ...PILLARS] as const;
export type Field = (typeof FIELDS)[number];
/** What a column is: a field, the month its cells are the SSI of (a wall sheet), or nothing we keep. */
export type Meaning = Field | Month | "ignore";

/** The fields each kind of import reads. */
export const FIELDS_OF: Record<ImportKind, readonly Field[]> = {
  people: [...PERSON_FIELDS, "role"],
  scores: [...PERSON_FIELDS, "month", "total", ...PILLARS],
};

/** A heading's words: no accents, lower case, split at anything not a letter or digit. */
export function wordsOf(heading: string): string[] {
  return heading.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const joined = (heading: string) => wordsOf(heading).join("");

// Our own exports' headings, in both languages, read back as what they are.
const OWN = (key: "rep" | "team") => [en.leaderboard[key], fr.leaderboard[key]].map(joined);

const EXACT: Partial<Record<Field, string[]>> = {
  email: ["email", "mail", "courriel", "emailaddress", "adresseemail", "adressemail", "adressecourriel", "adresseelectronique"],
  firstName: ["firstname", "first", "prenom", "givenname"],
  lastName: ["lastname", "last", "surname", "familyname", "nomdefamille"],
  name: ["name", "nom", "fullname", "nomcomplet", "commercial", "commerciale", "vendeur", "vendeuse", "seller", "salesrep", "person", "personne", "member", "membre", ...OWN("rep")],
  team: ["team", "equipe", ...OWN("team")],
  role: ["role"],
  month: ["month", "mois", "period", "periode"],
  total: ["total", "ssi", "score", "socialsellingindex", "ssiscore", "scoressi", "currentssi", "ssiactuel", "totalssi", "ssitotal"],
};

// Words that make a heading about something else than its field: counts of
// emails sent, an SSI rank or average, a change, a goal.
const NOT_A_VALUE = new Set(["sent", "envoyes", "opened", "count", "nombre", "nb", "rate", "taux", "inmail", "inmails", "rank", "classement", "top", "industry", "network", "secteur", "reseau", "average", "avg", "mean", "moyen", "moyenne", "change", "evolution", "delta", "previous", "precedent", "target", "objectif", "goal", "progress", "progression"]);
const NAME_WORDS = new Set(["name", "nom"]);
const SINGULAR_PILLAR_WORDS: Record<string, string> = { relationship: "relationships", relation: "relations", relacionamento: "relacionamentos" };

interface Understood {
  meaning: Meaning;
  /** False when the heading was guessed from one of its words rather than recognised whole. */
  sure: boolean;
}

/** What `heading` names in a file of `kind`. */
export function understand(heading: string, kind: ImportKind): Understood {
  const allowed = FIELDS_OF[kind];
  const words = wordsOf(heading);
  const whole = words.join("");
  if (whole === "") return { meaning: "ignore", sure: true };
  const exact = (Object.keys(EXACT) as Field[]).find((field) => EXACT[field]?.includes(whole));
  if (exact) return allowed.includes(exact) ? { meaning: exact, sure: true } : { meaning: "ignore", sure: true };
  const month = readMonth(heading);
  if (month) return kind === "scores" ? { meaning: month, sure: true } : { meaning: "ignore", sure: true };
  const guess = guessed(words, whole);
  return guess && allowed.includes(guess) ? { meaning: guess, sure: false } : { meaning: "ignore", sure: true };
}

/** A field named by one of a longer heading's words ("Seat holder email", "Nom du commercial", "SSI - Find the right people"). */
function guessed(words: string[], whole: string): Field | null {
  if (words.some((w) => NOT_A_VALUE.has(w))) return null;
  // Reports name the pillars more loosely than the SSI page ("Relationship building").
  const pillar = knownPillar(words.map((w) => SINGULAR_PILLAR_WORDS[w] ?? w).join(" "));
  if (pillar) return pillar;
  if (words.includes("email") || words.includes("courriel") || whole.includes("email")) return "email";
  if (words.includes("prenom") || (words.includes("first") && words.includes("name"))) return "firstName";
  if (whole.includes("nomdefamille") || (words.includes("last") && words.includes("name"))) return "lastName";
  if (words.includes("team") || words.includes("equipe")) return "team";
  if (words.includes("ssi") || whole.includes("socialsellingindex")) return "total";
  if (words.some((w) => NAME_WORDS.has(w))) return "name";
  return null;
}

/** The fields that say who a line is about (a team only narrows it down). */
export const IDENTIFYING_FIELDS: readonly Meaning[] = ["email", "name", "firstName", "lastName"];
