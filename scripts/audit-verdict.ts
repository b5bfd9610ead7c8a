// What `npm audit --json` said, as the test command's verdict. Kept apart from
// scripts/audit.ts so that its rules are unit-tested.

/** Advisories judged not to apply, each explained in the README (*Security › Dependencies*). */
export const ACCEPTED_ADVISORIES: readonly string[] = [];

export type AuditVerdict =
  | { kind: "clean"; counted: number }
  | { kind: "vulnerable"; advisories: string[] }
  | { kind: "unavailable"; reason: string };

interface Via {
  source?: number;
  url?: string;
  title?: string;
  severity?: string;
}

interface AuditReport {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, { severity?: string; via?: (Via | string)[] }>;
  message?: string;
  statusCode?: number;
  error?: { summary?: string };
}

const SERIOUS = new Set(["high", "critical"]);

/** High and critical advisories, less the accepted ones; "unavailable" when npm could not ask the registry. */
export function auditVerdict(output: string): AuditVerdict {
  let report: AuditReport;
  try {
    report = JSON.parse(output) as AuditReport;
  } catch {
    return { kind: "unavailable", reason: "npm audit printed no report" };
  }
  if (report.auditReportVersion === undefined || !report.vulnerabilities) {
    return { kind: "unavailable", reason: report.message || report.error?.summary || `the registry answered ${report.statusCode ?? "nothing usable"}` };
  }
  const advisories = new Set<string>();
  for (const [name, vulnerability] of Object.entries(report.vulnerabilities)) {
    for (const via of vulnerability.via ?? []) {
      if (typeof via === "string" || !SERIOUS.has(via.severity ?? "")) continue;
      const id = via.url ?? String(via.source ?? name);
      if (!ACCEPTED_ADVISORIES.includes(id)) advisories.add(`${name}: ${via.title ?? "advisory"} (${via.severity}, ${id})`);
    }
  }
  return advisories.size > 0 ? { kind: "vulnerable", advisories: [...advisories].sort() } : { kind: "clean", counted: Object.keys(report.vulnerabilities).length };
}
