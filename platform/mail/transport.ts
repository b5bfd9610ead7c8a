// Email through SMTP with nodemailer: SMTP_URL and MAIL_FROM (platform/config/env.ts).
// Without SMTP_URL email is off: nothing is queued for it, and the pages say so.
import nodemailer, { type Transporter } from "nodemailer";
import { serverEnv } from "@/platform/config/env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers (List-Unsubscribe and List-Unsubscribe-Post on messages one may stop). */
  headers?: Record<string, string>;
}

const globalForMail = globalThis as unknown as { ssiBoardMail?: { url: string; transport: Transporter } };

/** Whether email is on (SMTP_URL is set). */
export function mailEnabled(): boolean {
  return Boolean(serverEnv().SMTP_URL);
}

function transport(): Transporter {
  const url = serverEnv().SMTP_URL;
  if (!url) throw new Error("email is off: SMTP_URL is not set");
  if (globalForMail.ssiBoardMail?.url !== url) {
    // A server that does not answer fails the delivery (it is retried later) rather than holding a job.
    const transport = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    globalForMail.ssiBoardMail = { url, transport };
  }
  return globalForMail.ssiBoardMail.transport;
}

/** Sends `message`; the SMTP server's reply (e.g. "250 OK: queued"). Throws when the server refuses it. */
export async function sendMail(message: MailMessage): Promise<string> {
  const info = await transport().sendMail({ from: serverEnv().MAIL_FROM, ...message });
  return info.response;
}
