// Waits until what a local test server received holds `count` matches.

/** `received`'s matches once there are `count` of them; throws with `describe` after `timeoutMs`. */
export async function waitForMatches<T>(received: readonly T[], match: (item: T) => boolean, count: number, timeoutMs: number, describe: (found: number) => string): Promise<T[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = received.filter(match);
    if (found.length >= count) return found;
    if (Date.now() > deadline) throw new Error(describe(found.length));
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What `probe` gives once it is truthy (it is asked every `intervalMs`); throws after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | Promise<T>, { timeoutMs, intervalMs = 100 }: { timeoutMs: number; intervalMs?: number }): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`still not so after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
