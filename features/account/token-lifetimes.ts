/** How long a new API token may work, in days, as the token form offers it (90 is chosen first). */
export const TOKEN_LIFETIMES = ["30", "90", "365", "never"] as const;
export type TokenLifetime = (typeof TOKEN_LIFETIMES)[number];
