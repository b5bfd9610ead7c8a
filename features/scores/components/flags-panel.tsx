import { getLocale, getTranslations } from "next-intl/server";
import { formatScore } from "@/platform/i18n/format";
import type { PlausibilityFlag } from "@/features/scores/flags";

/** The month's plausibility flags, for managers and admins. */
export async function FlagsPanel({ flags }: { flags: PlausibilityFlag[] }) {
  if (flags.length === 0) return null;
  const t = await getTranslations("rep");
  const pillarT = await getTranslations("pillars");
  const locale = await getLocale();
  const signed = (n: number) => `${n > 0 ? "+" : ""}${formatScore(locale, n)}`;
  return (
    <section className="card flags" aria-labelledby="flags-title" data-testid="flags">
      <h2 id="flags-title">{t("flagsTitle")}</h2>
      <ul>
        {flags.map((flag) => (
          <li key={flag.kind + ("pillar" in flag ? flag.pillar : "")}>
            {flag.kind === "jump"
              ? t("flagJump", { delta: signed(flag.delta) })
              : flag.kind === "pillar-move"
                ? t("flagPillar", { pillar: pillarT(flag.pillar), delta: signed(flag.delta) })
                : t("flagEdge", { gap: signed(flag.gap) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
