import { getFormatter, getTranslations } from "next-intl/server";
import { RowAction } from "@/components/ui/row-action";
import { TableScroll } from "@/components/ui/table-scroll";
import { TestAnswerForm } from "@/components/ui/test-answer-form";
import { DATE_AND_TIME } from "@/platform/i18n/format";
import { addWebhookAction, removeWebhookAction, testWebhookAction } from "@/features/webhooks/actions";
import type { AdminWebhooks } from "@/features/webhooks/queries";
import { AddWebhookForm } from "./add-webhook-form";

/** The admin's webhooks page: the webhooks, a form to add one, and the delivery log. */
export async function AdminWebhooksView({ view }: { view: AdminWebhooks }) {
  const t = await getTranslations("webhooks");
  const format = await getFormatter();
  const date = (iso: string | null) => (iso ? format.dateTime(new Date(iso), DATE_AND_TIME) : "—");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>

      <section className="card" aria-labelledby="webhooks-title">
        <h2 id="webhooks-title">{t("listTitle")}</h2>
        {view.webhooks.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <TableScroll label={t("listTitle")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("name")}</th>
                  <th scope="col">{t("address")}</th>
                  <th scope="col">{t("events")}</th>
                  <th scope="col">{t("privateColumn")}</th>
                  <td />
                  <td />
                </tr>
              </thead>
              <tbody>
                {view.webhooks.map((hook) => (
                  <tr key={hook.id}>
                    <th scope="row">{hook.name}</th>
                    <td>
                      <code>{hook.urlHint}</code>
                    </td>
                    <td>{hook.events.join(", ")}</td>
                    <td>{hook.allowPrivateNetwork ? t("yes") : t("no")}</td>
                    <td>
                      <TestAnswerForm action={testWebhookAction} hidden={{ webhookId: hook.id }} label={t("sendTestLabel", { name: hook.name })}>
                        {t("sendTest")}
                      </TestAnswerForm>
                    </td>
                    <td>
                      <RowAction action={removeWebhookAction} name="webhookId" value={hook.id} label={t("removeLabel", { name: hook.name })}>
                        {t("remove")}
                      </RowAction>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section className="card" aria-labelledby="webhook-add-title">
        <h2 id="webhook-add-title">{t("addTitle")}</h2>
        <p className="muted">{t("signing")}</p>
        <AddWebhookForm action={addWebhookAction} />
      </section>

      <section className="card" aria-labelledby="webhook-log-title">
        <h2 id="webhook-log-title">{t("logTitle")}</h2>
        <p className="muted">{t("logIntro")}</p>
        {view.webhooks.length > 1 && (
          <form method="get" className="inline-form">
            <label htmlFor="webhook-log-filter">{t("logOf")}</label>
            <select id="webhook-log-filter" name="webhook" defaultValue={view.shown ?? ""}>
              <option value="">{t("allWebhooks")}</option>
              {view.webhooks.map((hook) => (
                <option key={hook.id} value={hook.id}>{hook.name}</option>
              ))}
            </select>
            <button type="submit" className="button">{t("show")}</button>
          </form>
        )}
        {view.log.length === 0 ? (
          <p>{t("logEmpty")}</p>
        ) : (
          <TableScroll label={t("logCaption")}>
            <table>
              <caption className="sr-only">{t("logCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("when")}</th>
                  <th scope="col">{t("webhook")}</th>
                  <th scope="col">{t("event")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">{t("attempts")}</th>
                  <th scope="col">{t("lastAttempt")}</th>
                  <th scope="col">{t("answer")}</th>
                </tr>
              </thead>
              <tbody>
                {view.log.map((entry) => (
                  <tr key={entry.id}>
                    <td>{date(entry.createdAt)}</td>
                    <td>{entry.webhookName}</td>
                    <td>
                      <code>{entry.event}</code>
                    </td>
                    <td>{t(`statuses.${entry.status as "sent"}`)}</td>
                    <td>{entry.attempts}</td>
                    <td>{date(entry.attemptedAt)}</td>
                    <td>{entry.lastError ?? (entry.lastStatus === null ? "—" : String(entry.lastStatus))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
