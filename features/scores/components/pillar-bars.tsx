import { getLocale, getTranslations } from "next-intl/server";
import { formatScore } from "@/platform/i18n/format";
import { PILLAR_MAX, PILLARS, type ScoreValues } from "@/features/scores/score";

/** The four pillars against their maximum of 25, as labelled bars. */
export async function PillarBars({ score }: { score: Pick<ScoreValues, (typeof PILLARS)[number]> }) {
  const t = await getTranslations("pillars");
  const rep = await getTranslations("rep");
  const locale = await getLocale();
  return (
    <dl className="pillars">
      {PILLARS.map((pillar) => {
        const value = Number(score[pillar]);
        return (
          <div key={pillar} className="pillar">
            <dt>{t(pillar)}</dt>
            <dd>
              <span className="pillar-value" data-testid={`pillar-${pillar}`}>
                {formatScore(locale, score[pillar])}
              </span>{" "}
              <span className="muted">{rep("outOf25")}</span>
              <span className="bar" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${(value / PILLAR_MAX) * 100}%` }} />
              </span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
