// Notifications' public entry for other features' server code (a lint rule,
// .dependency-cruiser.cjs, keeps them off its other files).
export { addChannelSchema, ownSwitchesSchema, scopeSwitchesSchema } from "./schema";
