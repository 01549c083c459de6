import type { ErrorKind, RetryAdvice } from '../../core/types.js';
import type { BannerButton } from './error-banner.types.js';

/** Kinds where, once retries are used up, support is the operator's next stop. */
const ESCALATE: ReadonlySet<ErrorKind> = new Set(['server', 'unknown']);

export interface BannerActions {
  /** Offer a retry (the built-in <retry-button> or the `retry` slot). */
  retry: boolean;
  buttons: readonly BannerButton[];
}

/**
 * What the operator can do, from the retry advice. `exhausted` is set when the retry button ran
 * out of attempts: the advice then still says "retry", but support is what helps.
 */
export function bannerActions(
  kind: ErrorKind,
  advice: RetryAdvice,
  exhausted: boolean,
  critical?: boolean,
): BannerActions {
  const { action } = advice;
  const retry = action === 'retry';
  const buttons: BannerButton[] = [];
  // A P0 write that met an expired session is never replayed, but the operator must sign in
  // before the reload can show anything (OmniValVMS: refresh, do not replay, reload, check).
  if (kind === 'unauthenticated' && action === 'reload') buttons.push('sign-in');
  if (action === 'refresh-session' || action === 'sign-in' || action === 'reload')
    buttons.push(action);
  // The same after the session could not be refreshed: sign in, then still reload and check.
  if (critical && kind === 'unauthenticated' && action === 'sign-in') buttons.push('reload');
  if (action === 'contact-support' || (retry && exhausted && ESCALATE.has(kind)))
    buttons.push('contact-support');
  return { retry, buttons };
}
