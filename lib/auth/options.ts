import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { serverEnv } from "../env";
import { findAccountByEmail } from "./data";
import { revokeSessions } from "./mutations";
import { verifyDecoy, verifyPassword } from "./password";
import { signInSchema, type SessionClaims } from "./schema";

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
        // Every failure returns null, so the form shows one generic message
        // and nothing tells whether the email has an account.
        async authorize(credentials) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) return null;
          const account = await findAccountByEmail(parsed.data.email);
          if (!account) return verifyDecoy(parsed.data.password).then(() => null);
          const valid = await verifyPassword(account.passwordHash, parsed.data.password);
          if (!valid || !account.active) return null;
          return { id: account.id, name: account.name, email: account.email, role: account.role, sv: account.sessionVersion };
        },
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
