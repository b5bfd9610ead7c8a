// Identity's public entry for other features' server code and the app's
// routes (a lint rule, .dependency-cruiser.cjs, keeps them off its other files).
export { openSession, pageOfStep } from "./sign-in";
export { securityPruneQueue } from "./queue";
export { appOrigin, beginSso, finishSso, passwordsOffFor, signInChoices, SSO_COOKIE, SSO_COOKIE_PATH, SSO_FLOW_S, ssoRedirectUri } from "./sso";
