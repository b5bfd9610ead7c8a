"use client";

import dynamic from "next/dynamic";
import type { ChartPoint } from "@/features/scores/client";
import { WhenSeen } from "@/components/ui/when-seen";

// recharts is most of a board page's JavaScript: fetched only when the chart comes into view.
const TeamTrendChart = dynamic(() => import("./team-trend-chart").then((m) => m.TeamTrendChart), {
  ssr: false,
  loading: () => <div style={{ minHeight: 280 }} aria-hidden="true" />,
});

export function LazyTeamTrendChart({ points }: { points: ChartPoint[] }) {
  return (
    <WhenSeen height={280}>
      <TeamTrendChart points={points} />
    </WhenSeen>
  );
}
