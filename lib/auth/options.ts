import "server-only";
import type { NextAuthOptions } from "next-auth";
import { serverEnv } from "../env";
import { SESSION_IDLE_S, sessionCookie } from "./cookie";
import { revokeSessions } from "./mutations";

/**
 * next-auth's configuration: stateless JWT sessions. Our sign-in form posts
 * to a server action (lib/auth/actions.ts) that works without JavaScript and
 * writes the same token; next-auth reads it (getServerSession) and keeps its
 * standard routes.
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
      // relative (sign-in and sign-out are our own actions), so the app works
      // at any address it is opened at without it.
      warn: (code) => {
        if (code !== "NEXTAUTH_URL") console.warn(`[next-auth][warn][${code}]`);
      },
    },
    // Sign-in is our own form and action (lib/auth/actions.ts): one way in.
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
    events: {
      // Sign-out really ends the session: the token's version stops matching.
      async signOut({ token }) {
        if (token.sub) await revokeSessions(token.sub);
      },
    },
  };
}
