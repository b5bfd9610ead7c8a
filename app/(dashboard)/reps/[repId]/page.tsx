import { forbidden, notFound } from "next/navigation";
import { RepOverview } from "@/components/ssi/rep-overview";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { findRepProfile } from "@/lib/users/data";

export default async function RepPage({ params }: { params: Promise<{ repId: string }> }) {
  const user = await requireUser();
  const { repId } = await params;
  const rep = await findRepProfile(repId);
  if (!rep) notFound();
  if (!can(user, { action: "view-rep", rep })) forbidden();
  return <RepOverview rep={rep} viewer={user} />;
}
