import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LinkedInBookmarklet } from "@/features/scores/components/linkedin-bookmarklet";
import { ScoreForm } from "@/features/scores/components/score-form";
import { requireUser } from "@/platform/auth/session";
import { pageQuery } from "@/platform/http/page-query";
import { saveScoreAction } from "@/features/scores/actions";
import { scoreFormQuery } from "@/features/scores/queries";
import { closedMonthsQuery } from "@/features/incentives/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scoreForm"))("title") };
}

export default async function LogScorePage({ params }: { params: Promise<{ repId: string }> }) {
  const user = await requireUser();
  const [form, closed] = await Promise.all([pageQuery(user, scoreFormQuery, await params), pageQuery(user, closedMonthsQuery, {})]);
  const { rep } = form;
  const t = await getTranslations("scoreForm");
  const isSelf = rep.id === user.id;
  const pageHref = isSelf ? "/" : `/reps/${rep.id}`;
  return (
    <>
      <p>
        <Link href={pageHref}>← {isSelf ? (await getTranslations("rep"))("yourTitle") : rep.name}</Link>
      </p>
      <h1>{isSelf ? t("title") : t("titleFor", { name: rep.name })}</h1>
      <p className="muted">{t("intro")}</p>
      <ScoreForm
        action={saveScoreAction}
        repId={rep.id}
        currentMonth={form.month}
        existing={form.existing}
        pageHref={pageHref}
        minMonth={form.minMonth}
        closedMonths={closed}
        askReason={form.askReason}
      />
      {isSelf && <LinkedInBookmarklet />}
    </>
  );
}
