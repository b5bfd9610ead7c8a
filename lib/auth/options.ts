import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { serverEnv } from "../env";
import { authenticate } from "./credentials";
import { revokeSessions } from "./mutations";
import type { SessionClaims } from "./schema";

/** next-auth's configuration: email + password, stateless JWT sessions. */
export function authOptions(): NextAuthOptions {
  return {
    secret: serverEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "email",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize: (credentials) => authenticate(credentials),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const claims = user as unknown as SessionClaims;
          token.sub = claims.id;
          token.role = claims.role;
          token.sv = claims.sv;
        }
        return token;
      },
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
