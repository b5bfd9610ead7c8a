import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IncentivesSettings } from "@/features/incentives/components/incentives-settings";
import { requirePermission } from "@/platform/auth/session";
import { pageQuery } from "@/platform/http/page-query";
import { incentivesPageQuery } from "@/features/incentives/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("incentives"))("title") };
}

/** Bonus tiers and challenges: admins, and managers for their teams. */
export default async function IncentivesPage() {
  const user = await requirePermission({ action: "manage-challenges" });
  return <IncentivesSettings page={await pageQuery(user, incentivesPageQuery, {})} viewer={user} />;
}
