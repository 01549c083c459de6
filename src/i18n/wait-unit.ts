/** The unit a wait reads best in, and its count in that unit (rounded up). */
export type WaitUnit = 'seconds' | 'minutes' | 'hours';

/**
 * Beyond 90 seconds in minutes ("2 minutes", not "120 seconds"), beyond 90 minutes in hours (a
 * maintenance window's Retry-After). The banner's sentence and the retry button's countdown both
 * use it, so the two never name one wait in different units.
 */
export function waitUnit(ms: number): [WaitUnit, number] {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.ceil(seconds / 60);
  return minutes > 90
    ? ['hours', Math.ceil(minutes / 60)]
    : seconds > 90
      ? ['minutes', minutes]
      : ['seconds', seconds];
}
