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
