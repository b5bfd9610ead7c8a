import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMonth } from "@/platform/i18n/format";
import type { Month } from "@/platform/time/month";
import type { MonthClosingView } from "@/features/incentives/queries";
import { MonthFilter } from "@/components/ui/month-filter";
import { MonthCloseForm } from "./month-close-form";

/** Before closing a month: who has not logged, which challenges end; then the close or reopen form (monthClosingQuery reads it). */
export async function MonthClosing({ closing, maxMonth }: { closing: MonthClosingView; maxMonth: Month }) {
  const { month, isClosed, missing, ending, closed } = closing;
  const t = await getTranslations("months");
  const it = await getTranslations("incentives");
  const locale = await getLocale();
  const name = formatMonth(locale, month);
  return (
    <>
      <MonthFilter id="months-month" label={t("month")} month={month} maxMonth={maxMonth} submit={t("show")} />
      <section className="card" aria-labelledby="month-status">
        <h2 id="month-status" data-testid="month-status">{isClosed ? t("statusClosed", { month: name }) : t("statusOpen", { month: name })}</h2>
        <h3>{t("notLoggedTitle", { month: name })}</h3>
        {missing.length === 0 ? (
          <p>{t("allLogged", { month: name })}</p>
        ) : (
          <ul data-testid="month-not-logged">
            {missing.map((r) => <li key={r.userId}>{r.name}{r.team ? ` (${r.team})` : ""}</li>)}
          </ul>
        )}
        <h3>{t("endingTitle", { month: name })}</h3>
        {ending.length === 0 ? (
          <p>{t("noneEnding", { month: name })}</p>
        ) : (
          <ul data-testid="month-ending">
            {ending.map((c) => <li key={c.id}>{c.title} — {it(`kinds.${c.kind}`)}</li>)}
          </ul>
        )}
        <MonthCloseForm key={`${month}-${isClosed}`} mode={isClosed ? "reopen" : "close"} month={month} label={isClosed ? t("reopen", { month: name }) : t("close", { month: name })} />
        <p><Link href={`/payouts?month=${month}`}>{t("payouts", { month: name })}</Link></p>
      </section>
      <section className="card" aria-labelledby="closed-list">
        <h2 id="closed-list">{t("closedList")}</h2>
        {closed.length === 0 ? <p>{t("noClosed")}</p> : (
          <ul>{closed.map((m) => <li key={m}><Link href={`/admin/months?month=${m}`}>{formatMonth(locale, m)}</Link></li>)}</ul>
        )}
      </section>
    </>
  );
}
