import { forbidden, notFound } from "next/navigation";
import { RepOverview } from "@/components/ssi/rep-overview";
import { requireUser } from "@/lib/auth/session";
import { repFor } from "@/lib/users/subject";

export default async function RepPage({ params }: { params: Promise<{ repId: string }> }) {
  const user = await requireUser();
  const { repId } = await params;
  const subject = await repFor(user, repId, "view-rep");
  if (subject.ok) return <RepOverview rep={subject.rep} viewer={user} />;
  return subject.reason === "not-found" ? notFound() : forbidden();
}
