import { RepIncentives } from "@/features/incentives/components/rep-incentives";
import { repIncentivesQuery } from "@/features/incentives/queries";
import { RepOverview } from "@/features/scores/components/rep-overview";
import { requireUser } from "@/platform/auth/session";
import { pageQuery } from "@/platform/http/page-query";
import { repPageQuery } from "@/features/scores/queries";

export default async function RepPage({ params }: { params: Promise<{ repId: string }> }) {
  const user = await requireUser();
  const input = await params;
  const [page, incentives] = await Promise.all([pageQuery(user, repPageQuery, input), pageQuery(user, repIncentivesQuery, input)]);
  return <RepOverview page={page} incentives={<RepIncentives view={incentives} isSelf={page.isSelf} latestTotal={page.summary?.latest.total ?? null} />} />;
}
