import { getLocale, getTranslations } from "next-intl/server";
import { formatMonth } from "@/lib/i18n/format";

/** The active reps who have not logged the month yet. */
export async function NotLoggedList({ month, reps }: { month: string; reps: { userId: string; name: string }[] }) {
  const t = await getTranslations("leaderboard");
  const locale = await getLocale();
  return (
    <section className="card" aria-labelledby="not-logged-title" data-testid="not-logged">
      <h2 id="not-logged-title">{t("notLoggedTitle", { count: reps.length })}</h2>
      {reps.length === 0 ? (
        <p>{t("allLogged", { month: formatMonth(locale, month as `${number}-${number}`) })}</p>
      ) : (
        <ul className="chips">
          {reps.map((r) => (
            <li key={r.userId}>{r.name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
