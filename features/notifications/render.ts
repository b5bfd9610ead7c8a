// A composed message drawn for its medium: an email's HTML and plain-text
// parts, a Slack Block Kit message, a Teams Adaptive Card.
import { escapeHtml } from "@/platform/security/html";
import type { Composed } from "./messages";

export interface EmailParts {
  subject: string;
  text: string;
  html: string;
}

/** Where a message may be stopped: a page, and its one-click address (RFC 8058). */
export interface Unsubscribe {
  page: string;
  oneClick: string;
  label: string;
  settingsLabel: string;
  settingsUrl: string;
}

export function renderEmail(message: Composed, footer: string, lang: string, unsubscribe: Unsubscribe | null): EmailParts {
  const text = [
    ...(message.greeting ? [message.greeting, ""] : []),
    ...message.paragraphs.flatMap((p) => [p, ""]),
    ...message.lists.flatMap((list) => [...(list.title ? [list.title] : []), ...list.items.map((item) => `- ${item}`), ""]),
    ...(message.action ? [`${message.action.label}: ${message.action.url}`, ""] : []),
    "--",
    footer,
    ...(unsubscribe ? [`${unsubscribe.settingsLabel}: ${unsubscribe.settingsUrl}`, `${unsubscribe.label}: ${unsubscribe.page}`] : []),
  ].join("\n");
  const p = (inner: string) => `<p style="margin:0 0 16px">${inner}</p>`;
  const html = [
    `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(message.subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933;font-size:16px;line-height:1.5">`,
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">`,
    `<p style="margin:0 0 16px;font-weight:bold;color:#0a66c2">SSI Board</p>`,
    ...(message.greeting ? [p(escapeHtml(message.greeting))] : []),
    ...message.paragraphs.map((para) => p(escapeHtml(para))),
    ...message.lists.map(
      (list) => `${list.title ? p(`<strong>${escapeHtml(list.title)}</strong>`) : ""}<ul style="margin:0 0 16px;padding-left:20px">${list.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`,
    ),
    ...(message.action
      ? [`<p style="margin:24px 0"><a href="${escapeHtml(message.action.url)}" style="display:inline-block;background:#0a66c2;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(message.action.label)}</a></p>`]
      : []),
    `<p style="margin:24px 0 0;font-size:13px;color:#52606d">${escapeHtml(footer)}`,
    ...(unsubscribe
      ? [`<br><a href="${escapeHtml(unsubscribe.settingsUrl)}" style="color:#52606d">${escapeHtml(unsubscribe.settingsLabel)}</a> · <a href="${escapeHtml(unsubscribe.page)}" style="color:#52606d">${escapeHtml(unsubscribe.label)}</a>`]
      : []),
    `</p></div></body></html>`,
  ].join("");
  return { subject: message.subject, text, html };
}

const lines = (message: Composed) => [...message.paragraphs, ...message.lists.flatMap((list) => [...(list.title ? [list.title] : []), ...list.items.map((i) => `• ${i}`)])];

// Slack's mrkdwn gives meaning to these three characters: escaped as its docs say.
const slackText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A Slack incoming webhook's body (Block Kit, with `text` as the notification's fallback). */
export function renderSlack(message: Composed): object {
  const body = lines(message);
  return {
    text: message.subject,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${slackText(message.subject)}*${body.length ? `\n${body.map(slackText).join("\n")}` : ""}` } },
      ...(message.action
        ? [{ type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: message.action.label }, url: message.action.url }] }]
        : []),
    ],
  };
}

/** A Teams Workflows webhook's body: one Adaptive Card as a message attachment. */
export function renderTeams(message: Composed): object {
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            { type: "TextBlock", text: message.subject, weight: "Bolder", size: "Medium", wrap: true },
            ...lines(message).map((text) => ({ type: "TextBlock", text, wrap: true })),
          ],
          actions: message.action ? [{ type: "Action.OpenUrl", title: message.action.label, url: message.action.url }] : [],
        },
      },
    ],
  };
}
