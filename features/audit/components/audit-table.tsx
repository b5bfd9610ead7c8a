import { getLocale, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import type { AuditLine } from "@/features/audit/data";
import { formatShortMonth } from "@/platform/i18n/format";
import { deviceOf } from "@/platform/auth/device";
import { SECURITY_PREFIX } from "@/platform/audit/kinds";

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

/**
 * What a security event says beyond its kind: why it failed, what changed
 * or was refused, from which address and browser. Codes are translated
 * (audit.security.*); the rest is shown as recorded.
 */
function securityNote(line: AuditLine, t: (key: string) => string): string {
  const d = line.details ?? {};
  const code = (group: string, value: unknown) => (text(value) ? t(`security.${group}.${text(value)}`) : null);
  const device = deviceOf(text(d.userAgent));
  return [
    code("reasons", line.reason),
    code("methods", d.method),
    code("factors", d.secondFactor),
    code("changes", d.change),
    code("ended", d.ended),
    text(d.action),
    text(d.address),
    [device.browser, device.os].filter(Boolean).join(" · ") || null,
  ].filter(Boolean).join(" · ");
}

/** What a line without a person or team is about: a challenge's title, an import's counts. */
function about(details: Record<string, unknown> | null, counts: (c: { created: number; updated: number; unchanged: number }) => string): string {
  if (!details) return "";
  if (typeof details.title === "string") return details.title;
  const count = (key: string) => (typeof details[key] === "number" ? (details[key] as number) : 0);
  return typeof details.created === "number" ? counts({ created: count("created"), updated: count("updated"), unchanged: count("unchanged") }) : "";
}

/** One page of the audit log, times in the company's time zone. */
export async function AuditTable({ lines, timeZone }: { lines: AuditLine[]; timeZone: string }) {
  const t = await getTranslations("audit");
  const locale = await getLocale();
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone });
  return (
        <TableScroll label={t("caption")}>
          <table data-testid="audit-log">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("at")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("actor")}</th>
                <th scope="col">{t("subject")}</th>
                <th scope="col">{t("month")}</th>
                <th scope="col">{t("reason")}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id}>
                  <td><time dateTime={line.at}>{when.format(new Date(line.at))}</time></td>
                  <td>
                    {t(`kinds.${line.kind}`)}
                    {line.details?.source === "IMPORT" && <span className="muted"> ({t("imported")})</span>}
                  </td>
                  <td>{line.actor?.name ?? "—"}</td>
                  <td>{line.subject?.name ?? (text(line.details?.email) || about(line.details, (c) => t("importCounts", c)))}</td>
                  <td>{line.month ? formatShortMonth(locale, line.month) : ""}</td>
                  <td>{line.kind.startsWith(SECURITY_PREFIX) ? securityNote(line, (key) => t(key as "title")) : (line.reason ?? "")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
  );
}
