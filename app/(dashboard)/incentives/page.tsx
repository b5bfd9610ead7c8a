import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IncentivesSettings } from "@/features/incentives/components/incentives-settings";
import { requirePermission } from "@/platform/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("incentives"))("title") };
}

/** Bonus tiers and challenges: admins, and managers for their teams. */
export default async function IncentivesPage() {
  const user = await requirePermission({ action: "manage-challenges" });
  return <IncentivesSettings viewer={user} />;
}
