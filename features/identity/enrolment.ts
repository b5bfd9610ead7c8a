import "server-only";
import { secondFactors } from "./data";
import { beginTotp } from "./mutations";
import { totpEnrolment } from "./queries";

/**
 * Where the sign-in's enrolment stands for `user`: done (a factor exists:
 * on to the app), or the app being enrolled, started here on the first
 * visit (the page has nothing to show without a secret).
 */
export async function startEnrolment(user: { id: string; email: string }): Promise<{ enrolled: true } | { enrolled: false; enrolment: { qr: string; secret: string } }> {
  if ((await secondFactors(user.id)).hasFactor) return { enrolled: true };
  const existing = await totpEnrolment(user.id, user.email);
  if (existing) return { enrolled: false, enrolment: existing };
  await beginTotp(user.id);
  const started = await totpEnrolment(user.id, user.email);
  if (!started) throw new Error("an enrolment just begun cannot be read back");
  return { enrolled: false, enrolment: started };
}
