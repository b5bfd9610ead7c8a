// People's public entry for code that also runs in the browser: nothing here
// may reach a server-only module (checked by .dependency-cruiser.cjs).
export { InvitationLink } from "./components/invitation-link";
