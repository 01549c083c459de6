/** The unit a wait reads best in, and its count in that unit (rounded up). */
export type WaitUnit = 'seconds' | 'minutes' | 'hours';

/**
 * Each unit, its length, and the wait it is used above: more than 90 of the smaller unit is said
 * in the larger one ("2 minutes", not "120 seconds"; a maintenance window's Retry-After in hours).
 */
const UNITS: readonly (readonly [unit: WaitUnit, ms: number, above: number])[] = [
  ['hours', 3_600_000, 5_400_000],
  ['minutes', 60_000, 90_000],
  ['seconds', 1000, 0],
];

const unitOf = (ms: number) => UNITS.find(([, , above]) => ms > above) ?? UNITS[2]!;

/**
 * A wait in the unit it reads best in. The banner's sentence and the retry button's countdown
 * both use it, so the two never name one wait in different units.
 */
export function waitUnit(ms: number): [WaitUnit, number] {
  const [unit, step] = unitOf(ms);
  return [unit, Math.ceil(ms / step)];
}

/**
 * Milliseconds until a countdown of `ms` shows another count: the next whole second, minute or
 * hour in the unit it is shown in, or the switch to the smaller unit. A two-hour wait wakes the
 * page about 180 times (once for the hours, each minute, then each second of the last 90), not
 * 7200.
 */
export function untilShownChange(ms: number): number {
  const [, step, above] = unitOf(ms);
  return Math.min(ms % step || step, ms - above);
}
