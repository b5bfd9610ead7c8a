// The server's configuration, checked once by a zod schema. Read lazily so
// that `next build` (which evaluates route modules) needs no database or secret.
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

// Development only: production refuses to start without NEXTAUTH_SECRET.
const DEV_SECRET = "ssiboard-development-secret-not-for-production-use";

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** Whether `url` is https, or http to this machine. */
export function isHttpsOrLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === "https:" || (protocol === "http:" && LOOPBACK.test(hostname));
}

function load() {
  const production = process.env.NODE_ENV === "production";
  return createEnv({
    server: {
      DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }),
      NEXTAUTH_SECRET: production
        ? z.string({ error: "is required in production" }).min(32, "must be at least 32 characters")
        : z.string().min(1).default(DEV_SECRET),
      // In production the app's public address: cookies are Secure over
      // https, and writes are checked against its origin. Plain http only
      // for this machine (`npm start` on the embedded demo database).
      NEXTAUTH_URL: production
        ? z
            .url({ error: "is required in production: the app's public https:// URL" })
            .refine(isHttpsOrLoopback, "must be an https:// URL (http:// only for localhost)")
        : z.url().optional(),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
    onValidationError: (issues) => {
      const details = issues
        .map((issue) => `${issue.path?.map(String).join(".") ?? "?"} ${issue.message}`)
        .join("; ");
      throw new Error(`Invalid configuration: ${details}`);
    },
  });
}

let cached: ReturnType<typeof load> | undefined;

/** The validated server configuration (throws one clear message when invalid). */
export function serverEnv(): ReturnType<typeof load> {
  cached ??= load();
  return cached;
}
