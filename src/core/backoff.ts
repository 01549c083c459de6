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
  const r = random();
  // A source outside [0, 1) (a test double returning 1, NaN) stays within the bounds.
  return Math.floor((r >= 0 && r < 1 ? r : 0) * Math.min(capMs, baseMs * 2 ** attempt));
}
