"use client";

import dynamic from "next/dynamic";
import type { ChartPoint } from "@/features/scores/trend";
import { WhenSeen } from "@/components/ui/when-seen";

// recharts is fetched only when the chart comes into view (see LazyTeamTrendChart).
const SsiChart = dynamic(() => import("./ssi-chart").then((m) => m.SsiChart), {
  ssr: false,
  loading: () => <div style={{ minHeight: 340 }} aria-hidden="true" />,
});

export function LazySsiChart({ points, describedBy }: { points: ChartPoint[]; describedBy: string }) {
  return (
    <WhenSeen height={340}>
      <SsiChart points={points} describedBy={describedBy} />
    </WhenSeen>
  );
}
