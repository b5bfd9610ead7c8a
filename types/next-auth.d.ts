import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & {
      id: string;
      role?: "REP" | "MANAGER" | "ADMIN";
      sv?: number;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: "REP" | "MANAGER" | "ADMIN";
    sv?: number;
  }
}
