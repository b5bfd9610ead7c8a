import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MonthClosing } from "@/features/incentives/components/month-closing";
import { requirePermission } from "@/platform/auth/session";
import { pageQuery } from "@/platform/http/page-query";
import { monthClosingQuery } from "@/features/incentives/queries";
import { companyMonth } from "@/features/settings/data";
import { addMonths, isMonth } from "@/platform/time/month";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("months"))("title") };
}

/** Admins close a month (last month by default) or reopen one. */
export default async function MonthsPage({ searchParams }: { searchParams: Promise<{ month?: string | string[] }> }) {
  // Its own permission, not the area's (the admin nav lists the page with it; admin-nav.test.ts checks the layout lets its holders in).
  const user = await requirePermission({ action: "close-months" });
  const t = await getTranslations("months");
  const current = await companyMonth();
  const asked = (await searchParams).month;
  const month = typeof asked === "string" && isMonth(asked) && asked <= current ? asked : addMonths(current, -1);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <MonthClosing closing={await pageQuery(user, monthClosingQuery, { month })} maxMonth={current} />
    </>
  );
}
