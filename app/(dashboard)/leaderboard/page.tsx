import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { LeaderboardView } from "@/features/board/components/leaderboard-view";
import { requireUser } from "@/platform/auth/session";
import { loadLeaderboardPage, type SearchParams } from "@/features/board/leaderboard-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leaderboard"))("title") };
}

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const result = await loadLeaderboardPage(user, await searchParams);
  if (result.status === "ok") return <LeaderboardView view={result.view} />;
  if (result.status === "forbidden") forbidden();
  if (result.status === "not-found") notFound();
  return <p className="card">{(await getTranslations("leaderboard"))("noTeam")}</p>;
}
