import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/features/shell/admin-area";
import { adminWebhooksQuery } from "@/features/webhooks/queries";
import { AdminWebhooksView } from "@/features/webhooks/components/admin-webhooks";
import { pageQuery } from "@/platform/http/page-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("title") };
}

/** Admins: the outgoing webhooks (Zapier, Make, n8n, a CRM), a test, and each one's delivery log. */
export default async function AdminWebhooksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAdmin();
  const { webhook } = await searchParams;
  const view = await pageQuery(user, adminWebhooksQuery, { webhook: typeof webhook === "string" ? webhook : undefined });
  return <AdminWebhooksView view={view} />;
}
