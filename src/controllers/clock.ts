/**
 * The time source of the retry controller. Injectable so tests step through a countdown exactly,
 * without waiting; the default looks the globals up on each call, so fake timers installed after
 * an element was created (sinon's `useFakeTimers`) still take effect.
 */
export interface RetryClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export const systemClock: RetryClock = {
  // Monotonic: a wall clock set back an hour (NTP, a user) would hold a 2-second wait for an
  // hour, and one set forward would skip a server's Retry-After.
  now: () => performance.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof globalThis.setTimeout>),
};
