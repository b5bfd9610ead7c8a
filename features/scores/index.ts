// Scores's public entry for other features' server code (a lint rule,
// .dependency-cruiser.cjs, keeps them off its other files).
export * from "./client";
export { plausibilityFlags, type FlagLimits, type PlausibilityFlag } from "./flags";
export { scoreInputSchema } from "./schema";
export { scoreColumn, scoreColumnList } from "./sql-names";
export { pillarsJson } from "./serialize";
