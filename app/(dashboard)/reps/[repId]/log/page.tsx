import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { LinkedInBookmarklet } from "@/features/scores/components/linkedin-bookmarklet";
import { ScoreForm } from "@/features/scores/components/score-form";
import { requireUser } from "@/platform/auth/session";
import { companyMonth } from "@/features/settings/data";
import { saveScoreAction } from "@/features/scores/actions";
import { scoreHistory } from "@/features/scores/data";
import { formValuesOf } from "@/features/scores/score";
import { repFor } from "@/features/people/rep-subject";
import { can } from "@/platform/auth/permissions";
import { closedMonths } from "@/features/incentives/data";
import { addMonths } from "@/platform/time/month";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scoreForm"))("title") };
}

export default async function LogScorePage({ params }: { params: Promise<{ repId: string }> }) {
  const user = await requireUser();
  const { repId } = await params;
  const subject = await repFor(user, repId, "edit-scores");
  if (!subject.ok) return subject.reason === "not-found" ? notFound() : forbidden();
  const { rep } = subject;

  const t = await getTranslations("scoreForm");
  const month = await companyMonth();
  const [history, closed] = await Promise.all([scoreHistory(rep.id, month, 12), closedMonths()]);
  const existing = Object.fromEntries(history.map((s) => [s.month, formValuesOf(s)]));
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
        currentMonth={month}
        existing={existing}
        pageHref={pageHref}
        minMonth={can(user, { action: "edit-score-month", rep, month: addMonths(month, -2), currentMonth: month }) ? undefined : addMonths(month, -1)}
        closedMonths={[...closed]}
        askReason={can(user, { action: "correct-closed-month" })}
      />
      {isSelf && <LinkedInBookmarklet />}
    </>
  );
}
