// The server's configuration, checked once by a zod schema. Read lazily so
// that `next build` (which evaluates route modules) needs no database or secret.
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

// Development only: production refuses to start without NEXTAUTH_SECRET.
const DEV_SECRET = "ssiboard-development-secret-not-for-production-use";

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** Whether `url` is https, or http to this machine. */
export function isHttpsOrLoopback(url: string): boolean {
  // zod runs a refinement even after its z.url() refused: an address that does not parse is no address, not an exception.
  if (!URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  return protocol === "https:" || (protocol === "http:" && LOOPBACK.test(hostname));
}

// "ssi@example.com" or "SSI Board <ssi@example.com>".
const MAIL_FROM = /^(?:[^<>\r\n]+<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

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
      // Email (platform/mail): off without SMTP_URL, and the pages say so.
      SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
      MAIL_FROM: z
        .string()
        .regex(MAIL_FROM, "must be an address, alone or as Name <address>")
        .optional(),
      // Single sign-on (features/identity/sso.ts): these take precedence over
      // what an admin set on /admin/security. All three, or none.
      OIDC_ISSUER: z.url({ error: "must be the provider's issuer URL" }).refine(isHttpsOrLoopback, "must be an https:// URL (http:// only for localhost)").optional(),
      OIDC_CLIENT_ID: z.string().max(500).optional(),
      OIDC_CLIENT_SECRET: z.string().max(2000).optional(),
      /** What the sign-in button says: "Sign in with <name>". */
      OIDC_NAME: z.string().max(60).optional(),
      // The connections a process keeps for its requests (platform/db/prisma.ts): size it to the
      // server's max_connections over the instances (README, "Several instances").
      SSI_DB_POOL_SIZE: z.coerce.number({ error: "must be a whole number from 1 to 200" }).int("must be a whole number from 1 to 200").min(1, "must be a whole number from 1 to 200").max(200, "must be a whole number from 1 to 200").default(10),
      // How much is logged (platform/log/logger.ts; the request lines: scripts/request-log-preload.mjs).
      LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "must be one of fatal, error, warn, info, debug, trace, silent" }).default("info"),
      // "off": this process runs no jobs (a separate `npm run worker` does).
      SSI_JOBS: z.enum(["on", "off"], { error: "must be on or off" }).default("on"),
      // The API's requests per minute and caller (platform/http/rate-limit.ts), e.g. "read=300,write=60,import=10".
      SSI_API_RATE_LIMITS: z.string().regex(/^(read|write|import)=\d{1,7}(,(read|write|import)=\d{1,7})*$/, "must be like read=300,write=60,import=10").optional(),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
    createFinalSchema: (shape) =>
      z
        .object(shape)
        .refine((env) => !env.SMTP_URL || env.MAIL_FROM, { path: ["MAIL_FROM"], message: "is required when SMTP_URL is set" })
        .refine((env) => [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].every((v) => v === undefined) || [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].every((v) => v !== undefined), {
          path: ["OIDC_ISSUER"],
          message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three or none",
        }),
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
