// Incentives's public entry for other features' server code (a lint rule,
// .dependency-cruiser.cjs, keeps them off its other files).
export { GoalBadges } from "./components/goal-badges";
export { describeGoal, type Say } from "./describe";
export { ranksReps } from "./kind-spec";
export { loadStandings } from "./load";
export { incentivesOf, type IncentiveStandings } from "./standings";
