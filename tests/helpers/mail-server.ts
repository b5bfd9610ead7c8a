// A real SMTP server on loopback (the smtp-server package) that keeps what
// arrives, parsed (mailparser), for the tests to read: headers, both parts, links.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { waitForMatches } from "./wait-for";

export interface ReceivedMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
  /** The raw header value of `name` (lower case), as sent. */
  header: (name: string) => string | undefined;
  parsed: ParsedMail;
}

export interface MailServer {
  url: string;
  received: ReceivedMail[];
  /** Waits until `count` messages match `match` (or throws after `timeoutMs`). */
  waitFor: (match: (mail: ReceivedMail) => boolean, count?: number, timeoutMs?: number) => Promise<ReceivedMail[]>;
  /** Refuses every message with this SMTP reply until called with null. */
  refuseWith: (reply: string | null) => void;
  close: () => Promise<void>;
}

export async function startMailServer(): Promise<MailServer> {
  const received: ReceivedMail[] = [];
  let refusal: string | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refusal) return callback(Object.assign(new Error(refusal), { responseCode: 550 }));
        void simpleParser(Buffer.concat(chunks)).then((parsed) => {
          const raw = parsed.headerLines;
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(","),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            headers: parsed.headers,
            header: (name) => raw.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, "").replace(/\r?\n\s+/g, " "),
            parsed,
          });
          callback();
        }, callback);
      });
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseWith: (reply) => (refusal = reply),
    waitFor: (match, count = 1, timeoutMs = 20_000) =>
      waitForMatches(received, match, count, timeoutMs, (found) => `expected ${count} matching message(s), got ${found} of ${received.length}: ${received.map((m) => `${m.to} "${m.subject}"`).join("; ")}`),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
