import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LeaderboardView } from "@/features/board/components/leaderboard-view";
import { requireUser } from "@/platform/auth/session";
import { pageQuery } from "@/platform/http/page-query";
import { companyMonth } from "@/features/settings/data";
import { readBoardQuery, toSearchParams } from "@/features/board/query-string";
import { leaderboardPageQuery } from "@/features/board/queries";
import type { SearchParams } from "@/features/board/page-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leaderboard"))("title") };
}

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  // Odd parameters fall back to sensible defaults, never an error page.
  const asked = readBoardQuery(toSearchParams(await searchParams), await companyMonth());
  const view = await pageQuery(user, leaderboardPageQuery, { ...asked });
  if (view) return <LeaderboardView view={view} />;
  return <p className="card">{(await getTranslations("leaderboard"))("noTeam")}</p>;
}
