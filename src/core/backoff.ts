/**
 * AWS "full jitter": a uniformly random wait in [0, min(cap, base · 2^attempt)), so many clients
 * that failed together do not come back together (Omnium: "exponential backoff with jitter").
 */
export function fullJitter(
  attempt: number,
  baseMs: number,
  capMs: number,
  random: () => number = Math.random,
): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
