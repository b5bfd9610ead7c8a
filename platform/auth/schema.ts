import { z } from "zod";
import type { Role } from "./permissions";

/** What the sign-in form sends; the same rules on the client and in `authorize`. */
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "email-required").max(320).pipe(z.email("email-invalid")),
  password: z.string().min(1, "password-required").max(1024),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** Who a first proof (a password, an invitation) signs in: a session is opened for them (platform/auth/sessions.ts). */
export interface SessionClaims {
  id: string;
  role: Role;
  /** The user's session version: the session opened for them holds while it stays the same. */
  sv: number;
}
