"use client";

import { useLocale, useTranslations } from "next-intl";
import { inDrawingOrder } from "@/components/ui/legend-order";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatScore, formatShortMonth } from "@/platform/i18n/format";
import type { ChartPoint } from "@/features/scores/client";
import { PILLARS } from "@/features/scores/client";


// One colour a pillar, in the order of PILLARS.
const COLOURS = ["#1f5fae", "#2e7d32", "#b45309", "#7c3aed"] as const;

/** The team's average SSI (left) and average pillars (right) per month. */
export function TeamTrendChart({ points }: { points: ChartPoint[] }) {
  const t = useTranslations("leaderboard");
  const pillarT = useTranslations("pillars");
  const locale = useLocale();
  const data = points.map((p) => ({ ...p, label: formatShortMonth(locale, p.month) }));
  const format = (value: unknown) => (typeof value === "number" ? formatScore(locale, value) : String(value ?? ""));
  return (
    <div className="grid-2">
      <figure className="chart">
        <figcaption>{t("averageSsi")}</figcaption>
        <div role="img" aria-label={t("trendSummary")} className="chart-area">
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
              <YAxis domain={[0, 100]} tick={{ fontSize: 12 }} />
              <Tooltip formatter={format} />
              <Line dataKey="total" name={t("averageSsi")} stroke="#0b2e59" strokeWidth={3} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="chart">
        <figcaption>{PILLARS.map((p) => pillarT(p)).join(" · ")}</figcaption>
        <div role="img" aria-label={t("trendSummary")} className="chart-area">
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
              <YAxis domain={[0, 25]} tick={{ fontSize: 12 }} />
              <Tooltip formatter={format} />
              <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={inDrawingOrder(PILLARS)} />
              {PILLARS.map((p, i) => (
                <Line key={p} dataKey={p} name={pillarT(p)} stroke={COLOURS[i]} dot={false} isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
