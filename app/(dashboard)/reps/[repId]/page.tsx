import { RepIncentives } from "@/features/incentives/components/rep-incentives";
import { RepOverview } from "@/features/scores/components/rep-overview";
import { requireUser } from "@/platform/auth/session";
import { pageQuery } from "@/platform/http/page-query";
import { repPageQuery } from "@/features/scores/queries";

export default async function RepPage({ params }: { params: Promise<{ repId: string }> }) {
  const user = await requireUser();
  const rep = await pageQuery(user, repPageQuery, await params);
  return <RepOverview rep={rep} viewer={user} Incentives={RepIncentives} />;
}
