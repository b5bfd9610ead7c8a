import { getLocale, getTranslations } from "next-intl/server";
import { formatScore } from "@/platform/i18n/format";

/** A progress figure with an up/down marker, or "new" without last month. */
export async function Progress({ value }: { value: string | null }) {
  const t = await getTranslations("leaderboard");
  const locale = await getLocale();
  if (value === null) return <span className="muted">{t("new")}</span>;
  const n = Number(value);
  if (n === 0) return <span>{t("same")}</span>;
  const delta = formatScore(locale, Math.abs(n));
  return n > 0 ? (
    <span className="change-up">
      <span aria-hidden="true">▲ </span>
      {t("up", { delta })}
    </span>
  ) : (
    <span className="change-down">
      <span aria-hidden="true">▼ </span>
      {t("down", { delta })}
    </span>
  );
}
