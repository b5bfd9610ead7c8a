import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { networkHosts } from "./platform/config/network";
import { staticSecurityHeaders } from "./platform/security/headers";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./features/shell/i18n-request.ts",
  // Messages compiled at build time: the browser gets no ICU message parser,
  // which keeps the board page within its JavaScript budget (scripts/js-budget.ts).
  experimental: { messages: { path: "./platform/i18n/messages", format: "json", locales: ["en", "fr"], precompile: true } },
});

/**
 * The development server serves its scripts to localhost only unless told
 * otherwise; without this, a page opened at 127.0.0.1 or from a phone on the
 * office network never hydrates. (Production serves any address.)
 */
export function devOrigins(): string[] {
  return ["localhost", "127.0.0.1", "[::1]", ...networkHosts()];
}

const nextConfig: NextConfig = {
  allowedDevOrigins: devOrigins(),
  // `forbidden()` renders app/forbidden.tsx with a real 403.
  // Server actions take an import file of up to 5 MB (features/imports/sheet.ts), with room for the form around it.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  // Native and WebAssembly packages stay plain Node requires on the server;
  // so does exceljs (the Excel exports and imports), a large CommonJS tree
  // with its own zip streams that gains nothing from being bundled; so is
  // pdfkit (the payout PDF), which reads its font metrics from its own folder.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/client", "pg", "exceljs", "pino", "pino-pretty", "pdfkit"],
  poweredByHeader: false,
  // The Content-Security-Policy is set per request by proxy.ts (a page's has a nonce).
  headers: async () => staticSecurityHeaders(process.env.NODE_ENV === "production"),
};

export default withNextIntl(nextConfig);
