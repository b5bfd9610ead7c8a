"use client";

import { useLocale, useTranslations } from "next-intl";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatScore, formatShortMonth } from "@/platform/i18n/format";
import type { ChartPoint } from "@/features/scores/trend";
import { AVERAGE_VALUES, PILLARS } from "@/features/scores/score";
import { inDrawingOrder } from "@/components/ui/legend-order";

// One shade of blue a pillar, in the order of PILLARS.
const PILLAR_COLOURS = ["#1f5fae", "#3f8fd4", "#7cb5e6", "#b3d4f2"] as const;
// The industry average, then the network average.
const AVERAGE_STYLES = [
  { stroke: "#b45309", dash: "4 4" },
  { stroke: "#7c3aed", dash: "2 4" },
] as const;
// The stack from the bottom, the SSI, then the averages.
const LEGEND_ORDER = inDrawingOrder([...PILLARS, "total", ...AVERAGE_VALUES]);

/** The monthly SSI as a line over stacked pillars, with the bands SSI users know. */
export function SsiChart({ points, describedBy }: { points: ChartPoint[]; describedBy: string }) {
  const t = useTranslations("rep");
  const pillars = useTranslations("pillars");
  const locale = useLocale();
  const data = points.map((p) => ({ ...p, label: formatShortMonth(locale, p.month) }));
  const format = (value: unknown) => (typeof value === "number" ? formatScore(locale, value) : String(value ?? ""));
  return (
    <figure className="chart" aria-describedby={describedBy}>
      <figcaption className="sr-only">{t("chartSummary")}</figcaption>
      <div role="img" aria-label={t("chartSummary")} className="chart-area">
        <ResponsiveContainer width="100%" height={320}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <ReferenceArea y1={10} y2={30} fill="#f4d9a6" fillOpacity={0.35} label={{ value: t("lowBand"), position: "insideTopLeft", fontSize: 11 }} />
            <ReferenceArea y1={60} y2={80} fill="#bfe3c6" fillOpacity={0.4} label={{ value: t("activeBand"), position: "insideTopLeft", fontSize: 11 }} />
            <ReferenceLine y={70} stroke="#2e7d32" strokeDasharray="6 3" label={{ value: t("threshold"), position: "insideTopRight", fontSize: 11 }} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
            <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 12 }} />
            <Tooltip formatter={format} />
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={LEGEND_ORDER} />
            {PILLARS.map((p, i) => (
              <Bar key={p} dataKey={p} name={pillars(p)} stackId="pillars" fill={PILLAR_COLOURS[i]} isAnimationActive={false} />
            ))}
            <Line dataKey="total" name="SSI" stroke="#0b2e59" strokeWidth={3} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
            {AVERAGE_VALUES.map((f, i) =>
              points.some((p) => p[f] !== null) ? (
                <Line key={f} dataKey={f} name={t(`${f}Line`)} stroke={AVERAGE_STYLES[i]?.stroke} strokeDasharray={AVERAGE_STYLES[i]?.dash} dot={false} isAnimationActive={false} />
              ) : null,
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
