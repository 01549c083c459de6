import { fullJitter } from './backoff.js';
import { num, own } from './text.js';
import {
  CODE_POLICY,
  CODE_WAIT_MS,
  codePolicy,
  passedWithWarning,
  POLICY_TABLE,
  REQUEST_CLASSES,
  requestClass,
} from './policy-table.js';
import type { PolicyRow } from './policy-table.js';
import type { NormalizedError, RetryAction, RetryAdvice, RetryMode } from './types.js';

export { CODE_POLICY, CODE_WAIT_MS, POLICY_TABLE, REQUEST_CLASSES, requestClass };
export type { PolicyCell, PolicyRow, RequestClass } from './policy-table.js';
export { fullJitter } from './backoff.js';

/** Tunables of the retry policy; the provider element can set them for a whole subtree. */
export interface RetryPolicyOptions {
  /** Full-jitter base delay. Default 1 000 ms. */
  baseMs?: number;
  /** Full-jitter cap. Default 30 000 ms. */
  capMs?: number;
  /** Attempts for transient failures. Default 3. */
  maxAttempts?: number;
  /** Attempts for a plain 500 (retried cautiously). Default 2, or `maxAttempts` when lower. */
  maxAttemptsServerError?: number;
  /** A Retry-After above this turns the advice manual. Default 300 000 ms. */
  maxRetryAfterMs?: number;
  /** Random source in [0, 1); injectable so tests are exact. Default Math.random. */
  random?: () => number;
}

export interface RetryState {
  /** Retries already made for this operation (0 before the first retry). */
  attempt?: number;
  /** The session was already refreshed once for this operation. */
  refreshed?: boolean;
}

/**
 * A 401 whose session was not refreshed yet: its one refresh is still owed, however many retries
 * of other failures came before it. The retry() helper, which refreshes the session itself,
 * advises it with no attempts made; the policy alone, given only `attempt`, cannot tell a
 * refresh from another retry. (The elements leave the refresh to the app and keep counting.)
 */
export const refreshOwed = (error: NormalizedError, refreshed: boolean): boolean =>
  error.kind == 'unauthenticated' && !refreshed;

/**
 * What the kit may do after `error`: retry unasked, offer a retry, or send the operator to
 * another step. `state.attempt` counts the retries already made; the advice never allows more
 * than the configured bound and never replays a critical write.
 */
export function adviseRetry(
  error: NormalizedError,
  state?: RetryState | null,
  options?: RetryPolicyOptions | null,
): RetryAdvice {
  // Options are read through `num`: NaN, a negative number or a string falls back to the
  // default instead of turning into a NaN delay or a negative count of attempts.
  const o = options ?? {};
  const baseMs = num(o.baseMs, 1000);
  const capMs = num(o.capMs, 30_000);
  const maxRetryAfterMs = num(o.maxRetryAfterMs, 300_000);
  // Anything that is not an error (undefined from a hurried caller) is advised as `unknown`.
  error = Object(error) as NormalizedError;
  const { kind, retryAfterMs: after } = error;
  const attempt = Math.floor(num(state?.attempt, 0));
  let [retry, action] =
    // A warning on a response that succeeded (Fluent's `…W` with a 2xx) went through: nothing
    // to do again. The session was refreshed and the server still says no: only a new sign-in
    // helps. Tables are keyed by server data, so they are read through own(): a code such as
    // "constructor" finds nothing, and neither does a missing one.
    (
      passedWithWarning(error)
        ? 'never none'
        : kind == 'unauthenticated' && state?.refreshed
          ? 'never sign-in'
          : (codePolicy(error) ??
            ((own(POLICY_TABLE, kind) as PolicyRow | undefined) ?? POLICY_TABLE.unknown)[
              REQUEST_CLASSES.indexOf(requestClass(error.operation))
            ])
    ).split(' ') as [RetryMode, RetryAction];
  // A session refresh earns exactly one retry; a second 401 means the session is gone.
  const refresh = action == 'refresh-session';
  // Cautious means fewer attempts, never more: unless the app sets its own, a 500 gets no more
  // than maxAttempts (`maxAttempts: 0` stops those too).
  const most = num(o.maxAttempts, 3);
  const max = Math.floor(
    refresh ? 1 : kind == 'server' ? num(o.maxAttemptsServerError, Math.min(most, 2)) : most,
  );
  const attemptsLeft = retry == 'never' ? 0 : Math.max(0, max - attempt);
  if (retry != 'never' && !attemptsLeft) {
    retry = 'never';
    // Support once attempts ran out. An app that allows none (`maxAttempts: 0`) has nothing
    // tried yet: no action of the kit's, and words that do not say trying again failed.
    action = refresh ? 'sign-in' : max || attempt ? 'contact-support' : 'none';
  }
  const advice: RetryAdvice = { retry, action, attemptsLeft };
  if (action == 'retry') {
    const wait = (own(CODE_WAIT_MS, error.code ?? '') as number | undefined) ?? 0;
    if (after !== undefined && after >= 0) {
      advice.delayMs = after;
      // Waiting longer than the cap unattended would look like a hang: hand it to the operator.
      if (after > maxRetryAfterMs) advice.retry = 'manual';
    } else if (retry == 'auto') {
      // Never before the vendor's wait; jitter on top, within what is left of the cap.
      // Within setTimeout's range, as Retry-After is: a longer wait would fire at once.
      advice.delayMs = Math.min(
        wait + fullJitter(attempt, baseMs, Math.max(0, capMs - wait), o.random),
        2 ** 31 - 1,
      );
    } else if (wait) {
      // By hand neither: the bucket stays empty until it refills.
      advice.delayMs = wait;
    }
  }
  return advice;
}
