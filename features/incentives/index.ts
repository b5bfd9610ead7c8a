// Incentives's public entry for other features' server code (a lint rule,
// .dependency-cruiser.cjs, keeps them off its other files).
export * from "./client";
export { GoalBadges } from "./components/goal-badges";
export { describeGoal, type Say } from "./describe";
export { loadStandings } from "./load";
export type { ChallengeDef, Reward, TierDef } from "./kinds";
export { closedMonths, findChallenge, notLoggedIn, tierSets } from "./data";
export { nextTier, tierFor, tiersInForce } from "./tiers";
export { readPayouts, type LoadedPayouts } from "./payout-data";
export { challengeSchema, tierSetSchema } from "./schema";
export { goalJson } from "./serialize";
