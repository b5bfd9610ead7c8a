// Reward amounts: exact decimals with at most two places, summed in cents
// per currency so totals never meet floating point.

/** "150" → 15000, "75.5" → 7550; null when not an amount. */
export function toCents(amount: string): number | null {
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(amount.trim());
  if (!match?.[1]) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0") || "0");
}

/** 15000 → "150", 7550 → "75.5". */
export function centsToText(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

export type Amounts = Record<string, number>;

/** Adds `cents` of `currency` to `amounts` (in place). */
export function addAmount(amounts: Amounts, currency: string, cents: number): void {
  amounts[currency] = (amounts[currency] ?? 0) + cents;
}

/** Sums several per-currency totals. */
export function sumAmounts(all: readonly Amounts[]): Amounts {
  const sum: Amounts = {};
  for (const amounts of all) for (const [currency, cents] of Object.entries(amounts)) addAmount(sum, currency, cents);
  return sum;
}

/** Cents to the decimal text of each currency, currencies in alphabetical order. */
export function amountsText(amounts: Amounts): Record<string, string> {
  return Object.fromEntries(
    Object.keys(amounts)
      .sort()
      .map((currency) => [currency, centsToText(amounts[currency] ?? 0)]),
  );
}
