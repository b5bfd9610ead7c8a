import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's standard routes: /api/auth/csrf, /api/auth/callback/credentials,
// /api/auth/session, /api/auth/signout ...
type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: Context) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
