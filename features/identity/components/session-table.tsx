import { getFormatter, getTranslations } from "next-intl/server";
import { RowAction } from "@/components/ui/row-action";
import { TableScroll } from "@/components/ui/table-scroll";
import { DATE_AND_TIME } from "@/platform/i18n/format";
import { endSessionAction } from "../actions";
import type { SessionView } from "../queries";

/** Sessions that still hold: where, since when, last seen; each but this browser's with its "End" button (when `endable`). */
export async function SessionTable({ sessions, endable }: { sessions: SessionView[]; endable: boolean }) {
  const t = await getTranslations("security");
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso), DATE_AND_TIME);
  if (sessions.length === 0) return <p>{t("noSessions")}</p>;
  return (
    <TableScroll label={t("sessionsCaption")}>
      <table className="table-cards">
        <caption className="sr-only">{t("sessionsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("device")}</th>
            <th scope="col">{t("address")}</th>
            <th scope="col">{t("signedInAt")}</th>
            <th scope="col">{t("lastSeen")}</th>
            {endable && <td />}
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => {
            const device = [s.device.browser ?? t("unknownBrowser"), s.device.os].filter(Boolean).join(" · ");
            return (
              <tr key={s.id}>
                <th scope="row">
                  {device}
                  <span className="muted"> · {t(`methods.${s.method}`)}</span>
                  {s.current && <span className="session-current">{t("thisBrowser")}</span>}
                </th>
                <td data-label={t("address")}>{s.address && s.address !== "unknown" ? s.address : t("unknownAddress")}</td>
                <td data-label={t("signedInAt")}>{date(s.createdAt)}</td>
                <td data-label={t("lastSeen")}>{date(s.lastSeenAt)}</td>
                {endable && (
                  <td>
                    {!s.current && (
                      <RowAction action={endSessionAction} name="sessionId" value={s.id} label={t("endLabel", { device })}>
                        {t("end")}
                      </RowAction>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
