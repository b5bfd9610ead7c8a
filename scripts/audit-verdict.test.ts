import { describe, expect, it } from "vitest";
import { auditVerdict } from "./audit-verdict";

const report = (vulnerabilities: Record<string, unknown>) => JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: {} });

describe("auditVerdict", () => {
  it("is clean with no advisory, or only low and moderate ones", () => {
    expect(auditVerdict(report({}))).toEqual({ kind: "clean", counted: 0 });
    const moderate = { severity: "moderate", via: [{ source: 1, url: "https://advisories.example/1", title: "ReDoS", severity: "moderate" }] };
    expect(auditVerdict(report({ "some-lib": moderate }))).toEqual({ kind: "clean", counted: 1 });
  });

  it("names every high or critical advisory, not the packages that merely depend on one", () => {
    const verdict = auditVerdict(
      report({
        "bad-lib": { severity: "critical", via: [{ source: 2, url: "https://advisories.example/2", title: "Prototype pollution", severity: "critical" }] },
        "uses-bad-lib": { severity: "critical", via: ["bad-lib"] },
      }),
    );
    expect(verdict).toEqual({ kind: "vulnerable", advisories: ["bad-lib: Prototype pollution (critical, https://advisories.example/2)"] });
  });

  it("says the check could not run when the registry refuses the audit endpoint", () => {
    const refused = JSON.stringify({ message: "405 Method Not Allowed - POST …/advisories/bulk", statusCode: 405, error: { summary: "" } });
    expect(auditVerdict(refused)).toEqual({ kind: "unavailable", reason: "405 Method Not Allowed - POST …/advisories/bulk" });
    expect(auditVerdict("npm error something")).toMatchObject({ kind: "unavailable" });
  });
});
