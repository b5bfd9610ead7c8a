// Scores's public entry for code that also runs in the browser: nothing here
// may reach a server-only module (checked by .dependency-cruiser.cjs).
export { keepHandoff } from "./paste/handoff";
export { OPTIONAL_VALUES, PILLARS, PILLAR_MAX, REQUIRED_VALUES, byField, decimalString, pillarTextsOf, type Pillar, type RequiredValue } from "./score";
export { trendPoints, trendStart, type ChartPoint } from "./trend";
export { knownPillar } from "./paste/labels";
export { compareByName, rankBy } from "./rank";
export type { PlausibilityFlag } from "./flags";
