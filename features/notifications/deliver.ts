import "server-only";
// Sends one queued message: by email, or to a Slack or Teams channel.
import type PgBoss from "pg-boss";
import { sendMail } from "@/platform/mail/transport";
import type { AppLocale } from "@/platform/i18n/config";
import { translator } from "@/platform/i18n/translator";
import { findQueuedMessage, personScopes, readSwitches, switchedOn } from "./data";
import { isSwitchableKind, type Medium, type NotificationKind } from "./kinds";
import { appUrl } from "@/platform/config/app-url";
import { openChannelUrl, unsubscribeToken } from "./links";
import { compose, type MessagePayload } from "./messages";
import { enqueueScheduled, recordDelivery } from "./mutations";
import { planFailure } from "./plan";
import { jobs } from "@/platform/jobs/runtime";
import { renderEmail, renderSlack, renderTeams } from "./render";

/** A receiver that does not answer in this time fails the attempt (it is retried). */
const POST_TIMEOUT_MS = 10_000;

/** Posts `body` as JSON to a channel's webhook; the receiver's answer, or throws. */
export async function postToChannel(url: string, body: object): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    redirect: "error",
    signal: AbortSignal.timeout(POST_TIMEOUT_MS),
  });
  const text = (await response.text()).slice(0, 200);
  const answer = `${response.status} ${text}`.trim();
  if (!response.ok) throw new Error(`the channel answered ${answer}`);
  return answer;
}

/** What a channel receives for `payload`. */
export function channelBody(medium: Medium, payload: MessagePayload, locale: AppLocale): object {
  const composed = compose(payload, locale, appUrl);
  return medium === "teams" ? renderTeams(composed) : renderSlack(composed);
}

/** An email for `payload`, with one-click unsubscribe when its kind may be stopped. */
export function emailFor(payload: MessagePayload, locale: AppLocale, userId: string | null) {
  const t = translator(locale);
  const kind = payload.kind;
  const token = userId && isSwitchableKind(kind) ? unsubscribeToken(userId, kind) : null;
  const unsubscribe = token
    ? { page: appUrl(`/unsubscribe/${token}`), oneClick: appUrl(`/api/unsubscribe/${token}`), label: t("mail.unsubscribe"), settingsLabel: t("mail.settings"), settingsUrl: appUrl("/settings/notifications") }
    : null;
  const parts = renderEmail(compose(payload, locale, appUrl), t("mail.footer"), locale, unsubscribe);
  // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the https address.
  const headers: Record<string, string> = unsubscribe ? { "List-Unsubscribe": `<${unsubscribe.oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {};
  return { ...parts, headers };
}

/** The delivery job: sends the message once; a failure is recorded and thrown, so pg-boss retries it later. */
export async function deliver(id: string, job: Pick<PgBoss.JobWithMetadata, "retryCount" | "retryLimit">): Promise<void> {
  const message = await findQueuedMessage(id);
  if (!message || message.status === "sent" || message.status === "skipped") return;
  const payload = message.payload as unknown as MessagePayload;
  try {
    let response: string;
    if (message.medium === "email") {
      const user = message.user;
      if (!user?.active) return recordDelivery(id, { skipped: "recipient-inactive" });
      // A person who switched the kind off since it was queued does not get it.
      if (isSwitchableKind(message.kind) && message.userId) {
        const scopes = personScopes({ id: message.userId, teamId: user.teamId });
        if (!switchedOn(await readSwitches(scopes), message.kind, scopes)) return recordDelivery(id, { skipped: "switched-off" });
      }
      response = await sendMail({ to: user.email, ...emailFor(payload, message.locale, message.userId) });
    } else {
      const url = message.channel ? openChannelUrl(message.channel.urlSealed) : null;
      if (!url) return recordDelivery(id, { skipped: "channel-removed" });
      response = await postToChannel(url, channelBody(message.medium as Medium, payload, message.locale));
    }
    await recordDelivery(id, { ok: true, response });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const final = job.retryCount >= job.retryLimit;
    await recordDelivery(id, { ok: false, error: reason, final });
    if (final) {
      const to = message.channel ? (message.channelName ?? "") : (message.user?.email ?? "");
      await enqueueScheduled(await jobs(), await planFailure({ id, kind: message.kind as NotificationKind, to, reason }), new Date());
    }
    throw error;
  }
}
