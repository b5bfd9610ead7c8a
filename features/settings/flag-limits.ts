// The plausibility flags' limits are a company setting: they live with the
// settings, and the flags (features/scores/flags.ts) read them.
/** How far a total or a pillar may move in a month before the entry is flagged, in thousandths of a point. */
export interface FlagLimits {
  jumpMilli: number;
  pillarMoveMilli: number;
}

/** The limits until an admin sets others (company settings). */
export const DEFAULT_FLAG_LIMITS: FlagLimits = { jumpMilli: 15_000, pillarMoveMilli: 8_000 };
