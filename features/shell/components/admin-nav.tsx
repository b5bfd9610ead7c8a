import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/platform/auth/data";
import { can } from "@/platform/auth/permissions";
import { ADMIN_NAV } from "../admin-nav";

/** The admin area's links that `user` may follow, on every admin page. */
export async function AdminNav({ user }: { user: SessionUser }) {
  const t = await getTranslations();
  return (
    <nav aria-label={t("admin.title")} className="actions">
      {ADMIN_NAV.filter((item) => can(user, item.permission)).map((item) => (
        <Link key={item.href} href={item.href}>
          {t(item.label)}
        </Link>
      ))}
    </nav>
  );
}
