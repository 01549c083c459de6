import { readFailure } from './from-response.js';
import { failedResponse } from './response.js';
import { normalizeError } from './normalize.js';
import { adviseRetry, refreshOwed } from './policy.js';
import { num } from './text.js';
import type { RetryPolicyOptions, RetryState } from './policy.js';
import type { NormalizeInit, NormalizedError } from './types.js';

export interface RetryOptions {
  /** The normalized first failure; its advice decides whether anything runs at all. */
  error: NormalizedError;
  /** Aborts the wait and the running attempt; the helper then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Passed to normalizeError for each new failure; defaults to the first error's operation. */
  init?: NormalizeInit;
  policy?: RetryPolicyOptions;
  /** Where the sequence starts, e.g. `{ attempt: 1 }` after one retry elsewhere. */
  state?: RetryState;
  /**
   * Refreshes the session when the advice says so (401 on a read). Without it the helper stops
   * at a `refresh-session` advice and leaves the refresh to the app.
   */
  refreshSession?: (signal: AbortSignal) => Promise<unknown>;
  /** Waits `ms`, rejecting with the signal's reason on abort. Injectable for tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Turns a thrown value into a NormalizedError. Default normalizeError. */
  normalize?: (input: unknown, init: NormalizeInit) => NormalizedError;
}

/** setTimeout-based wait that clears its timer and listener however it ends. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
}

/** `work`, or the signal's reason as soon as it aborts, even if `work` ignores the signal. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  let abort!: () => void;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      abort = () => reject(signal.reason);
      // An already aborted signal fires no event.
      if (signal.aborted) abort();
      else signal.addEventListener('abort', abort, { once: true });
    }),
  ]).finally(() => signal.removeEventListener('abort', abort));
}

/**
 * Runs `fn` again while the advice for its latest failure is `auto`, waiting the advised delay
 * between attempts. Resolves with `fn`'s value; rejects with the abort reason on abort, or with
 * the latest NormalizedError once the advice is no longer automatic (the operator decides next).
 * A fetch `Response` that `fn` returns or throws with `ok` false is a failure like a rejection:
 * `(signal) => fetch(url, { signal })` is enough.
 */
export async function retry<T>(
  fn: (signal: AbortSignal) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  // Mistakes in the call are the developer's to see, not an operator's "could not be completed".
  if (typeof fn != 'function') throw new TypeError('retry(fn, options): fn must be a function');
  if (!options?.error)
    throw new TypeError('retry(fn, options): options.error, the first failure, is required');
  const signal = options.signal ?? new AbortController().signal;
  if (typeof signal.throwIfAborted != 'function')
    throw new TypeError('retry(fn, options): options.signal must be an AbortSignal');
  const {
    policy,
    normalize = normalizeError,
    sleep: wait = sleep,
    refreshSession,
    error: first,
  } = options;
  const op = first.operation;
  const init = options.init ?? { ...op, operation: op?.name, vendor: first.vendor };
  let error = first;
  // Read as adviseRetry reads it: a NaN start would stay NaN through `attempt++`, and the bound
  // would never be reached.
  let attempt = Math.floor(num(options.state?.attempt, 0));
  let refreshed = options.state?.refreshed === true;
  for (;;) {
    signal.throwIfAborted();
    // The one session refresh is owed to a 401 whatever else was retried before it: a token
    // that expires during a 503's backoff is renewed, not sent to sign-in.
    const {
      retry,
      action,
      delayMs = 0,
    } = adviseRetry(
      error,
      { attempt: refreshOwed(error, refreshed) ? 0 : attempt, refreshed },
      policy,
    );
    // Without a refresher the helper stops at refresh-session and leaves it to the app.
    const refresh = action == 'refresh-session';
    if (retry != 'auto' || (refresh && !refreshSession)) throw error;
    if (refresh) {
      // A failed refresh leaves the 401 standing; the caller advises again and gets sign-in.
      await untilAborted((async () => refreshSession!(signal))(), signal).catch(() => {
        signal.throwIfAborted();
        throw error;
      });
      refreshed = true;
    }
    await wait(delayMs, signal);
    // An injected sleep that ignores the signal must not start an attempt after an abort.
    signal.throwIfAborted();
    attempt++;
    try {
      const value = await untilAborted((async () => fn(signal))(), signal);
      // A fetch that answered 503 resolved, but it failed: read it like any failure.
      if (!failedResponse(value)) return value;
      throw value;
    } catch (failure) {
      signal.throwIfAborted();
      error = await readFailure(failure, init, normalize, signal);
    }
  }
}
