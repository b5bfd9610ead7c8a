// Incentives' public entry for code that also runs in the browser: nothing here
// may reach a server-only module (checked by .dependency-cruiser.cjs).
export { ranksReps } from "./kind-spec";
export { incentivesOf, type IncentiveStandings, type RepIncentives } from "./standings";
