import { getLocale } from "next-intl/server";
import { rewardLabel } from "@/lib/incentives/describe";
import type { Reward } from "@/lib/incentives/kinds";

/** "Dinner (€40)": the reward's text, and its amount when it has one. */
export async function RewardText({ reward }: { reward: Reward }) {
  const locale = await getLocale();
  return <>{rewardLabel(reward, locale)}</>;
}
