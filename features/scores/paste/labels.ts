// The words of LinkedIn's SSI page that the reader knows, in normalised form
// (lower case, no accents, single spaces). They only *confirm* what the
// page's structure says: a label nobody listed here still reads, by its place
// in LinkedIn's fixed order. So the lists hold key words (a pillar's noun in
// each language), not whole wordings, which LinkedIn renames now and then
// ("Build relationships", "Build strong relationships", "Établir des
// relations", "Développer des relations" ...).
import { PILLARS, type Pillar } from "../score";

// Each pillar's key words (the compiler names a pillar that has none): English,
// French, Portuguese, Spanish, German, Italian, Dutch, with the former
// wordings' nouns. The page's order of the pillars is PILLARS' order.
const KEY_WORDS: Record<Pillar, readonly string[]> = {
  // brand: "Establish your professional brand", "Construire votre marque professionnelle",
  // "Estabelecer sua marca profissional", "Establece tu marca profesional",
  // "Professionelle Marke etablieren", "Stabilisci il tuo brand professionale",
  // "Een professioneel merk opbouwen"
  brand: ["brand", "marque", "marca", "marke", "merk"],
  // people: "Find the right people", "Trouver les bonnes personnes" / "les bons interlocuteurs",
  // "Localizar as pessoas certas", "Encuentra a las personas adecuadas",
  // "Die richtigen Personen finden", "Trova le persone giuste", "De juiste mensen vinden"
  people: ["people", "personnes", "interlocuteurs", "pessoas", "personas", "personen", "persone", "mensen"],
  // insights: "Engage with insights", "Échanger des informations", "Interagir oferecendo insights",
  // "Interactúa ofreciendo información", "Mit Insights interagieren",
  // "Interagisci con approfondimenti", "Interactie met inzichten"
  insights: ["insights", "insight", "informations", "informacoes", "informacion", "informazioni", "approfondimenti", "inzichten"],
  // relationships: "Build relationships" / "Build strong relationships", "Établir des relations",
  // "Criar relacionamentos", "Crea relaciones", "Beziehungen aufbauen", "Costruisci relazioni",
  // "Relaties opbouwen"
  relationships: ["relationships", "relations", "relacionamentos", "relaciones", "beziehungen", "relazioni", "relaties"],
};

/** The pillar a label names, when exactly one pillar's key word is in it. */
export function knownPillar(label: string): Pillar | null {
  const words = new Set(label.split(/[^\p{L}]+/u));
  const named = PILLARS.filter((p) => KEY_WORDS[p].some((word) => words.has(word)));
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** Words that say a line is about the rep's own total (LinkedIn keeps "Social Selling Index" untranslated). */
export const TOTAL_MARKERS = [
  "social selling index",
  "your ssi",
  "ssi actuel",
  "votre ssi",
  "seu ssi",
  "ssi atual",
  "tu ssi",
  "ihr ssi",
  "il tuo ssi",
  "uw ssi",
];

export const INDUSTRY_WORDS = /\b(?:industry|secteur|setor|sector|industria|branche|settore)\b/;
export const NETWORK_WORDS = /\b(?:network|reseau|rede|red|netzwerk|rete|netwerk)\b/;
export const AVERAGE_WORDS =
  /\b(?:average ssi|ssi moyen|ssi medio|media de ssi|moyenne de ssi|durchschnittlichen ssi|durchschnittliche ssi|gemiddelde ssi)\b/;

export const MONTH_NAMES: Record<string, number> = {
  january: 1, jan: 1, janvier: 1, janv: 1, janeiro: 1, enero: 1, ene: 1, januar: 1, gennaio: 1, gen: 1, januari: 1,
  february: 2, feb: 2, fevrier: 2, fevr: 2, fev: 2, fevereiro: 2, febrero: 2, februar: 2, febbraio: 2, februari: 2,
  march: 3, mar: 3, mars: 3, marco: 3, marzo: 3, marz: 3, maart: 3, mrt: 3,
  april: 4, apr: 4, avril: 4, avr: 4, abril: 4, abr: 4, aprile: 4,
  may: 5, mai: 5, maio: 5, mayo: 5, maggio: 5, mag: 5, mei: 5,
  june: 6, jun: 6, juin: 6, junho: 6, junio: 6, juni: 6, giugno: 6, giu: 6,
  july: 7, jul: 7, juillet: 7, juil: 7, julho: 7, julio: 7, juli: 7, luglio: 7, lug: 7,
  august: 8, aug: 8, aout: 8, agosto: 8, ago: 8, augustus: 8,
  september: 9, sep: 9, sept: 9, septembre: 9, setembro: 9, set: 9, septiembre: 9, settembre: 9,
  october: 10, oct: 10, octobre: 10, outubro: 10, out: 10, octubre: 10, oktober: 10, okt: 10, ottobre: 10, ott: 10,
  november: 11, nov: 11, novembre: 11, novembro: 11, noviembre: 11,
  december: 12, dec: 12, decembre: 12, dezembro: 12, dez: 12, diciembre: 12, dic: 12, dezember: 12, dicembre: 12,
};
