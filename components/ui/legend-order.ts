import type { LegendPayload } from "recharts";

/**
 * Recharts sorts a legend alphabetically by default, which in English put
 * "Build relationships" before "Establish your professional brand", the
 * bottom of the stack. This keeps the legend in the order the series are
 * drawn (`dataKeys`), in every language.
 */
export function inDrawingOrder(dataKeys: readonly string[]): (item: LegendPayload) => number {
  return (item) => {
    const index = dataKeys.indexOf(String(item.dataKey));
    return index === -1 ? dataKeys.length : index;
  };
}
