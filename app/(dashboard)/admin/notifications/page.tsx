import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/features/shell/admin-area";
import { adminNotificationsQuery } from "@/features/notifications/queries";
import { AdminNotificationsView } from "@/features/notifications/components/admin-notifications";
import { pageQuery } from "@/platform/http/page-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

/** Admins: email, the Slack and Teams channels, what is sent, the delivery log and the failed jobs. */
export default async function AdminNotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAdmin();
  const { scope } = await searchParams;
  const view = await pageQuery(user, adminNotificationsQuery, { scope: typeof scope === "string" ? scope : undefined });
  return <AdminNotificationsView view={view} />;
}
