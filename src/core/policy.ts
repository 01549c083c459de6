import type { NormalizedError, RetryAdvice } from './types.js';

/** Tunables of the retry policy; the provider element can set them for a whole subtree. */
export interface RetryPolicyOptions {
  /** Full-jitter base delay. Default 1 000 ms. */
  baseMs?: number;
  /** Full-jitter cap. Default 30 000 ms. */
  capMs?: number;
  /** Attempts for transient failures. Default 3. */
  maxAttempts?: number;
  /** Attempts for a plain 500 (retried cautiously). Default 2. */
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

// STUB — replaced by the policy table (issue 3).
export function adviseRetry(
  _error: NormalizedError,
  _state: RetryState = {},
  _options: RetryPolicyOptions = {},
): RetryAdvice {
  return { retry: 'never', action: 'none', attemptsLeft: 0 };
}
