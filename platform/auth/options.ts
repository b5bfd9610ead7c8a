import "server-only";
import type { NextAuthOptions } from "next-auth";
import { serverEnv } from "@/platform/config/env";
import { SESSION_IDLE_S, sessionCookie } from "./cookie";

/**
 * next-auth's configuration: stateless JWT sessions, read by getServerSession.
 * Signing in is our endpoint (app/api/auth/sign-in, which writes the same
 * token) and signing out our server action (features/account/sign-in-actions.ts); next-auth's
 * own routes (/api/auth/session, /api/auth/signout …) are not mounted, so
 * there is one way in and one way out.
 */
export function authOptions(): NextAuthOptions {
  const cookie = sessionCookie();
  return {
    secret: serverEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_IDLE_S },
    useSecureCookies: cookie.secure,
    cookies: { sessionToken: { name: cookie.name, options: cookie.options } },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    logger: {
      // next-auth asks for NEXTAUTH_URL to build its redirects; ours are
      // relative (sign-in and sign-out are our own), so the app works
      // at any address it is opened at without it.
      warn: (code) => {
        if (code !== "NEXTAUTH_URL") console.warn(`[next-auth][warn][${code}]`);
      },
    },
    // Sign-in is our own form and endpoint: one way in.
    providers: [],
    callbacks: {
      session({ session, token }) {
        session.user = {
          ...session.user,
          id: token.sub ?? "",
          role: token.role,
          sv: token.sv,
        };
        return session;
      },
    },
  };
}
