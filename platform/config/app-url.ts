import "server-only";
import { serverEnv } from "./env";

/** An absolute URL of the app's page at `path`, on NEXTAUTH_URL (the app's public address): for links sent away (emails, channels, webhooks). */
export function appUrl(path: string): string {
  const base = serverEnv().NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}
