import { getLocale } from "next-intl/server";
import { rewardLabel } from "@/features/incentives/describe";
import type { Reward } from "@/features/incentives/kinds";

/** "Dinner (€40)": the reward's text, and its amount when it has one. */
export async function RewardText({ reward }: { reward: Reward }) {
  const locale = await getLocale();
  return <>{rewardLabel(reward, locale)}</>;
}
