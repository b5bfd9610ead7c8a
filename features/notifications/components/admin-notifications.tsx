import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { RowAction } from "@/components/ui/row-action";
import { TableScroll } from "@/components/ui/table-scroll";
import { DATE_AND_TIME } from "@/platform/i18n/format";
import { addChannelAction, removeChannelAction, saveScopeNotificationsAction, testChannelAction, testEmailAction } from "@/features/notifications/actions";
import type { AdminNotifications } from "@/features/notifications/queries";
import { SwitchList } from "./switch-list";
import { TestAnswerForm } from "@/components/ui/test-answer-form";

/** The admin's notifications page. */
export async function AdminNotificationsView({ view }: { view: AdminNotifications }) {
  const t = await getTranslations("notifications");
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso), DATE_AND_TIME);
  const scopeName = (choice: AdminNotifications["scopeChoices"][number]) =>
    choice.kind === "company" ? t("scopeCompany") : t(choice.kind === "team" ? "scopeTeam" : "scopeChannel", { name: choice.name ?? "" });
  const shown = view.scopeChoices.find((c) => c.scope === view.scope);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("adminIntro")}</p>

      <section className="card" aria-labelledby="email-title">
        <h2 id="email-title">{t("emailTitle")}</h2>
        <p className={view.email.on ? "" : "alert alert-info"}>{view.email.on ? t("emailOn", { from: view.email.from ?? "" }) : t("emailOff")}</p>
        {!view.jobsHere && <p className="muted">{t("jobsElsewhere")}</p>}
        {view.email.on && <TestAnswerForm action={testEmailAction}>{t("testEmail")}</TestAnswerForm>}
      </section>

      <section className="card" aria-labelledby="channels-title">
        <h2 id="channels-title">{t("channelsTitle")}</h2>
        <p className="muted">{t("channelsIntro")}</p>
        {view.channels.length === 0 ? (
          <p>{t("channelsEmpty")}</p>
        ) : (
          <TableScroll label={t("channelsTitle")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("channelName")}</th>
                  <th scope="col">{t("channelMedium")}</th>
                  <th scope="col">{t("channelTeam")}</th>
                  <th scope="col">{t("channelAddress")}</th>
                  <td />
                  <td />
                </tr>
              </thead>
              <tbody>
                {view.channels.map((channel) => (
                  <tr key={channel.id}>
                    <th scope="row">{channel.name}</th>
                    <td>{t(`mediums.${channel.medium === "teams" ? "teams" : "slack"}`)}</td>
                    <td>{channel.teamName ?? t("wholeCompany")}</td>
                    <td>
                      <code>{channel.urlHint}</code>
                    </td>
                    <td>
                      <TestAnswerForm action={testChannelAction} hidden={{ channelId: channel.id }} label={t("sendTestLabel", { name: channel.name })}>
                        {t("sendTest")}
                      </TestAnswerForm>
                    </td>
                    <td>
                      <RowAction action={removeChannelAction} name="channelId" value={channel.id} label={t("removeLabel", { name: channel.name })}>
                        {t("remove")}
                      </RowAction>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <ActionForm action={addChannelAction} className="form" saved={t("channelAdded")} fields>
          <div className="grid-2">
            <FormField id="channel-name" label={t("channelName")}>
              <input name="name" maxLength={80} required />
            </FormField>
            <FormField id="channel-medium" label={t("channelMedium")}>
              <select name="medium" defaultValue="slack">
                <option value="slack">{t("slack")}</option>
                <option value="teams">{t("teams")}</option>
              </select>
            </FormField>
            <FormField id="channel-team" label={t("channelTeam")}>
              <select name="teamId" defaultValue="">
                <option value="">{t("wholeCompany")}</option>
                {view.teams.map((team) => (
                  <option key={team.id} value={team.id}>{team.name}</option>
                ))}
              </select>
            </FormField>
          </div>
          <FormField id="channel-url" label={t("channelUrl")} hint={t("channelUrlHint")}>
            <input name="url" type="url" inputMode="url" autoComplete="off" spellCheck={false} maxLength={1000} required />
          </FormField>
          <button type="submit" className="button button-primary">{t("addChannel")}</button>
        </ActionForm>
      </section>

      <section className="card" aria-labelledby="switches-title">
        <h2 id="switches-title">{t("switchesTitle")}</h2>
        <p className="muted">{t("switchesIntro")}</p>
        <form method="get" className="inline-form">
          <FormField id="switch-scope" label={t("scope")}>
            <select name="scope" defaultValue={view.scope}>
              {view.scopeChoices.map((choice) => (
                <option key={choice.scope} value={choice.scope}>{scopeName(choice)}</option>
              ))}
            </select>
          </FormField>
          <button type="submit" className="button">{t("showScope")}</button>
        </form>
        <ActionForm action={saveScopeNotificationsAction} className="form" saved={t("switchesSaved")} fields key={view.scope}>
          <input type="hidden" name="scope" value={view.scope} />
          <SwitchList legend={shown ? scopeName(shown) : t("scopeCompany")} kinds={view.switches} />
          <button type="submit" className="button button-primary">{t("saveSwitches")}</button>
        </ActionForm>
      </section>

      <section className="card" aria-labelledby="log-title">
        <h2 id="log-title">{t("logTitle")}</h2>
        {view.log.length === 0 ? (
          <p>{t("logEmpty")}</p>
        ) : (
          <TableScroll label={t("logCaption")}>
            <table>
              <caption className="sr-only">{t("logCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("when")}</th>
                  <th scope="col">{t("kind")}</th>
                  <th scope="col">{t("to")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">{t("attempts")}</th>
                  <th scope="col">{t("reason")}</th>
                </tr>
              </thead>
              <tbody>
                {view.log.map((entry) => (
                  <tr key={entry.id}>
                    <td>{date(entry.createdAt)}</td>
                    <td>{t(`kinds.${entry.kind as "invitation"}`)}</td>
                    <td>
                      {t(`mediums.${entry.medium as "email"}`)}: {entry.to ?? "—"}
                    </td>
                    <td>
                      {t(`statuses.${entry.status as "sent"}`)}
                      {entry.status === "queued" && new Date(entry.notBefore) > new Date(entry.createdAt) ? ` (${t("waitsUntil", { date: date(entry.notBefore) })})` : ""}
                    </td>
                    <td>{entry.attempts}</td>
                    <td>{entry.status === "sent" ? entry.response : entry.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section className="card" aria-labelledby="failed-title">
        <h2 id="failed-title">{t("failedTitle")}</h2>
        {view.failedJobs.length === 0 && view.setAside.length === 0 ? (
          <p>{t("failedEmpty")}</p>
        ) : (
          <TableScroll label={t("failedCaption")}>
            <table>
              <caption className="sr-only">{t("failedCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("failedAt")}</th>
                  <th scope="col">{t("queue")}</th>
                  <th scope="col">{t("error")}</th>
                </tr>
              </thead>
              <tbody>
                {view.failedJobs.map((job) => (
                  <tr key={job.id}>
                    <td>{date(job.failedAt)}</td>
                    <td>{job.queue}</td>
                    <td>{job.error}</td>
                  </tr>
                ))}
                {view.setAside.map((event, i) => (
                  <tr key={`event-${i}`}>
                    <td>{date(event.createdAt)}</td>
                    <td>{event.kind}</td>
                    <td>{event.error}</td>
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
