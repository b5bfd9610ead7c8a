"use client";

import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatScore, formatShortMonth } from "@/lib/i18n/format";
import type { ChartPoint } from "@/lib/leaderboard/trend";
import { PILLARS } from "@/lib/ssi/score";


const COLOURS = { brand: "#1f5fae", people: "#2e7d32", insights: "#b45309", relationships: "#7c3aed" } as const;

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
        <figcaption>{pillarT("brand")} · {pillarT("people")} · {pillarT("insights")} · {pillarT("relationships")}</figcaption>
        <div role="img" aria-label={t("trendSummary")} className="chart-area">
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
              <YAxis domain={[0, 25]} tick={{ fontSize: 12 }} />
              <Tooltip formatter={format} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              {PILLARS.map((p) => (
                <Line key={p} dataKey={p} name={pillarT(p)} stroke={COLOURS[p]} dot={false} isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
