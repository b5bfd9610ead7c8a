import { getLocale, getTranslations } from "next-intl/server";
import { formatMonth } from "@/platform/i18n/format";

/** The active reps who have not logged the month yet: the first of them by name, and how many they are. */
export async function NotLoggedList({ month, reps, count }: { month: string; reps: { userId: string; name: string }[]; count: number }) {
  const t = await getTranslations("leaderboard");
  const locale = await getLocale();
  return (
    <section className="card" aria-labelledby="not-logged-title" data-testid="not-logged">
      <h2 id="not-logged-title">{t("notLoggedTitle", { count })}</h2>
      {reps.length === 0 ? (
        <p>{t("allLogged", { month: formatMonth(locale, month as `${number}-${number}`) })}</p>
      ) : (
        <ul className="chips">
          {reps.map((r) => (
            <li key={r.userId}>{r.name}</li>
          ))}
          {count > reps.length && <li className="muted">{t("notLoggedMore", { count: count - reps.length })}</li>}
        </ul>
      )}
    </section>
  );
}
