import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/features/account";
import type { SessionUser } from "@/platform/auth/data";
import { can } from "@/platform/auth/permissions";
import { LocaleSwitch } from "./locale-switch";

export async function AppHeader({ user }: { user: SessionUser }) {
  const t = await getTranslations("common");
  return (
    <header className="app-header">
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      <Link href="/" className="brand">
        {t("appName")}
      </Link>
      <nav aria-label={t("mainNav")} className="app-nav">
        <Link href="/">{t("home")}</Link>
        <Link href="/leaderboard">{t("leaderboard")}</Link>
        {can(user, { action: "edit-scores", rep: user }) && <Link href="/log">{t("logScore")}</Link>}
        {can(user, { action: "manage-challenges" }) && <Link href="/incentives">{t("incentives")}</Link>}
        <Link href="/settings/tokens">{t("settings")}</Link>
        <Link href="/settings/account">{t("account")}</Link>
        <Link href="/settings/security">{t("security")}</Link>
        <Link href="/settings/notifications">{t("notifications")}</Link>
        {can(user, { action: "administer" }) && <Link href="/admin">{t("admin")}</Link>}
      </nav>
      <div className="app-header-user">
        <span className="user-badge">
          <span className="sr-only">{t("signedInAs", { name: user.name })}</span>
          <span aria-hidden="true">{user.name}</span>
          <span className="role">{t(`roles.${user.role}`)}</span>
        </span>
        <LocaleSwitch />
        <SignOutButton />
      </div>
    </header>
  );
}
