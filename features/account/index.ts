// Account's public entry for other features' server code (a lint rule,
// .dependency-cruiser.cjs, keeps them off its other files).
export { SignOutButton } from "./components/sign-out-button";
