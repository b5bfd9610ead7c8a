// Settings's public entry for other features' server code (a lint rule,
// .dependency-cruiser.cjs, keeps them off its other files).
export * from "./client";
export { companyMonth, companyTimeZone, flagLimits, getSettings, wallShowsScores } from "./data";
