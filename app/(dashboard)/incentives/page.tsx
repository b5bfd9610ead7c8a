import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { IncentivesSettings } from "@/features/incentives/components/incentives-settings";
import { can } from "@/platform/auth/permissions";
import { requireUser } from "@/platform/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("incentives"))("title") };
}

/** Bonus tiers and challenges: admins, and managers for their teams. */
export default async function IncentivesPage() {
  const user = await requireUser();
  if (!can(user, { action: "manage-challenges" })) forbidden();
  return <IncentivesSettings viewer={user} />;
}
