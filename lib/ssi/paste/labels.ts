// The words of LinkedIn's SSI page in English, French and Portuguese, in
// normalised form (lower case, no accents, single spaces). LinkedIn has used
// more than one wording for some pillars; all of them are listed.
import { byField, PILLARS, type Pillar } from "../score";

// In the order of PILLARS: the brand, people, insights and relationships pillars.
const WORDINGS: readonly (readonly string[])[] = [
  [
    "establish your professional brand",
    "establish a professional brand",
    "create a professional brand",
    "etablir votre marque professionnelle",
    "etablir une marque professionnelle",
    "creer une marque professionnelle",
    "creer votre marque professionnelle",
    "estabelecer sua marca profissional",
    "estabelecer a sua marca profissional",
    "criar uma marca profissional",
    "criar sua marca profissional",
  ],
  [
    "find the right people",
    "trouver les bonnes personnes",
    "trouver les bons interlocuteurs",
    "encontrar as pessoas certas",
    "encontrar as pessoas corretas",
  ],
  [
    "engage with insights",
    "echanger des informations",
    "interagir avec des informations",
    "partager des informations",
    "interagir com insights",
    "interagir com informacoes",
    "envolver-se com insights",
  ],
  [
    "build relationships",
    "developper des relations",
    "nouer des relations",
    "entretenir des relations",
    "criar relacionamentos",
    "construir relacionamentos",
    "desenvolver relacionamentos",
  ],
];

export const PILLAR_LABELS: Record<Pillar, readonly string[]> = byField(PILLARS, (_, i) => WORDINGS[i] ?? []);

/** Words that say a line is about the total SSI. */
export const TOTAL_MARKERS = [
  "current social selling index",
  "your social selling index",
  "social selling index actuel",
  "ssi actuel",
  "votre social selling index",
  "votre ssi",
  "social selling index atual",
  "seu social selling index",
  "seu ssi",
  "your ssi",
];

/** "out of 100" and its translations, after the total. */
export const OUT_OF_100 = /^(?:out of|sur|de|\/)\s*100\b/;

export const INDUSTRY_WORDS = /\b(?:industry|secteur|setor|industria)\b/;
export const NETWORK_WORDS = /\b(?:network|reseau|rede)\b/;
export const AVERAGE_WORDS = /\b(?:average ssi|ssi moyen|ssi medio|media de ssi|moyenne de ssi)\b/;

export const MONTH_NAMES: Record<string, number> = {
  january: 1, jan: 1, janvier: 1, janv: 1, janeiro: 1,
  february: 2, feb: 2, fevrier: 2, fevr: 2, fev: 2, fevereiro: 2,
  march: 3, mar: 3, mars: 3, marco: 3,
  april: 4, apr: 4, avril: 4, avr: 4, abril: 4, abr: 4,
  may: 5, mai: 5, maio: 5,
  june: 6, jun: 6, juin: 6, junho: 6,
  july: 7, jul: 7, juillet: 7, juil: 7, julho: 7,
  august: 8, aug: 8, aout: 8, agosto: 8, ago: 8,
  september: 9, sep: 9, sept: 9, septembre: 9, setembro: 9, set: 9,
  october: 10, oct: 10, octobre: 10, outubro: 10, out: 10,
  november: 11, nov: 11, novembre: 11, novembro: 11,
  december: 12, dec: 12, decembre: 12, dezembro: 12, dez: 12,
};
