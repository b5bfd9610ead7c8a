import "server-only";
import { getTranslations } from "next-intl/server";
import type { Say } from "@/features/incentives/describe";

/** The `incentives` messages as the describing rules take them (features/incentives/describe.ts). */
export async function incentivesSay(): Promise<Say> {
  const t = await getTranslations("incentives");
  return (key, values) => t(key as "line", values);
}
