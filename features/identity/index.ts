// Identity's public entry for other features' server code and the app's
// routes (a lint rule, .dependency-cruiser.cjs, keeps them off its other files).
export { openSession, pageOfStep } from "./sign-in";
export { securityPruneQueue } from "./queue";
