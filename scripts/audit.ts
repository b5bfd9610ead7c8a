// `npm run audit`, part of `npm test`: `npm audit` at the high level. Fails on
// any high or critical advisory that the README does not explain
// (ACCEPTED_ADVISORIES). When the registry cannot be asked (this project's
// machines reach an npm mirror that refuses the audit endpoint) it says so
// loudly and passes, unless SSI_AUDIT_REQUIRED=1 makes that a failure too.
import { spawnSync } from "node:child_process";
import { auditVerdict } from "./audit-verdict";

const run = spawnSync("npm", ["audit", "--json", "--audit-level=high"], { encoding: "utf8" });
const verdict = auditVerdict(run.stdout);
switch (verdict.kind) {
  case "clean":
    console.log(`npm audit: no high or critical advisory (${verdict.counted} lower ones, see npm audit).`);
    break;
  case "vulnerable":
    console.error(`npm audit: ${verdict.advisories.length} high or critical advisories:\n${verdict.advisories.map((a) => `  - ${a}`).join("\n")}`);
    console.error("Upgrade, or explain the advisory in the README and add it to ACCEPTED_ADVISORIES (scripts/audit-verdict.ts).");
    process.exitCode = 1;
    break;
  case "unavailable":
    console.warn(`npm audit: DEPENDENCIES NOT CHECKED — the registry could not be asked (${verdict.reason}).`);
    if (process.env.SSI_AUDIT_REQUIRED === "1") process.exitCode = 1;
    break;
}
