import { redirect } from "next/navigation";
import { requireUser } from "@/platform/auth/session";

/** /log: the signed-in user's own score form. */
export default async function LogOwnScorePage() {
  const user = await requireUser();
  redirect(`/reps/${user.id}/log`);
}
