import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // `forbidden()` renders app/forbidden.tsx with a real 403.
  experimental: { authInterrupts: true },
  // Native and WebAssembly packages stay plain Node requires on the server.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/client", "pg"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
