import { forbidden, notFound } from "next/navigation";
import { RepIncentives } from "@/features/incentives/components/rep-incentives";
import { RepOverview } from "@/features/scores/components/rep-overview";
import { requireUser } from "@/platform/auth/session";
import { repFor } from "@/features/people/rep-subject";

export default async function RepPage({ params }: { params: Promise<{ repId: string }> }) {
  const user = await requireUser();
  const { repId } = await params;
  const subject = await repFor(user, repId, "view-rep");
  if (subject.ok) return <RepOverview rep={subject.rep} viewer={user} Incentives={RepIncentives} />;
  return subject.reason === "not-found" ? notFound() : forbidden();
}
