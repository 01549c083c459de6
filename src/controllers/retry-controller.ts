import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readFailure } from '../core/from-response.js';
import { failedResponse } from '../core/response.js';
import { normalizeError } from '../core/normalize.js';
import { adviseRetry, requestClass } from '../core/policy.js';
import type { RetryPolicyOptions } from '../core/policy.js';
import type { NormalizeInit, NormalizedError, RetryAdvice } from '../core/types.js';
import type { RetryEventDetail } from '../events/faultline-event.js';
import { systemClock } from './clock.js';
import type { RetryClock } from './clock.js';
import { untilShownChange } from '../i18n/wait-unit.js';

/** Where a retry stands (modelled on @lit/task's TaskStatus). */
export const RetryStatus = {
  /** A retry is available (or nothing to retry yet). */
  idle: 'idle',
  /** Counting down a delay; the attempt then runs by itself or becomes available. */
  waiting: 'waiting',
  /** The operator is asked to confirm a write retry first. */
  confirming: 'confirming',
  /** An attempt is running. */
  running: 'running',
  succeeded: 'succeeded',
  /** The last attempt failed; another one is available. */
  failed: 'failed',
  /** No attempts are left: support is the next step. */
  exhausted: 'exhausted',
  /** The advice allows no retry from here (sign in, fix the input, reload, a critical write …). */
  blocked: 'blocked',
} as const;
export type RetryStatus = (typeof RetryStatus)[keyof typeof RetryStatus];

/**
 * `once`: a non-idempotent write asks once per error, and again after a Cancel; `always`: every
 * attempt started by hand asks.
 */
export const CONFIRM_MODES = ['once', 'always'] as const;
export type ConfirmMode = (typeof CONFIRM_MODES)[number];

/** What the retry button runs: the failed call, made again, abortable. */
export type RetryTask = (signal: AbortSignal) => Promise<unknown>;

export interface RetryControllerOptions {
  /** The operation to run again (read at each attempt, so a host property can back it). */
  action: () => RetryTask | undefined;
  /** Policy tunables, e.g. from `<error-provider>`. */
  policy?: () => RetryPolicyOptions | undefined;
  /** An upper bound on attempts on top of the advice's `attemptsLeft`. */
  maxAttempts?: () => number | undefined;
  /** Run attempts the advice calls `auto` without a click. */
  auto?: () => boolean;
  confirm?: () => ConfirmMode | undefined;
  clock?: RetryClock;
  /** Before each attempt; return false to run nothing (a cancelled `faultline-retry-start`). */
  onStart?: (detail: RetryEventDetail) => boolean;
  onSuccess?: (detail: RetryEventDetail) => void;
  /** `detail.error` is the attempt's failure, normalized. */
  onFailure?: (detail: RetryEventDetail) => void;
  onExhausted?: (detail: RetryEventDetail) => void;
  /** Every status change, after the controller's state is updated. */
  onStatus?: (status: RetryStatus, previous: RetryStatus) => void;
}

const RESTING: ReadonlySet<RetryStatus> = new Set([RetryStatus.idle, RetryStatus.failed]);

/**
 * Runs the retries of one failed operation under the retry policy: one attempt at a time, each
 * with its own AbortSignal; a countdown for advised delays; a confirmation before a write is
 * repeated by hand; attempts bounded by the advice and `maxAttempts`. Each failure is normalized
 * (keeping the operation) and advised again, so a retry can turn into "sign in" or "contact
 * support". A call id drops results that arrive after a newer attempt started, after
 * `setError()`, or after the host was disconnected.
 */
export class RetryController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: RetryControllerOptions;
  readonly #clock: RetryClock;

  #status: RetryStatus = RetryStatus.idle;
  #error?: NormalizedError;
  #advice?: RetryAdvice;
  #value: unknown;
  #attempts = 0;
  #remainingMs = 0;
  /** The status to go back to when a confirmation or a start is cancelled. */
  #resting: RetryStatus = RetryStatus.idle;
  #confirmed = false;
  #refreshed = false;
  #callId = 0;
  #abortController?: AbortController;
  #timer?: unknown;
  #deadline = 0;
  /** The countdown ends in an attempt (auto) rather than an available button. */
  #runAfterWait = false;
  /** Waiting for the browser to be online again before the attempt. */
  #offline = false;
  /**
   * The operator pressed the button or Cancel while it waited for the connection: the browser
   * can say offline while the connection works (some VPNs and Linux setups), so an attempt asked
   * for by hand now runs anyway, instead of waiting for an 'online' event that never comes.
   */
  #doubtOffline = false;
  /** A countdown stopped by a disconnect, resumed on reconnect. */
  #suspended?: { ms: number; run: boolean; until?: number };
  #connected = false;
  #settled: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost, options: RetryControllerOptions) {
    this.#host = host;
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    host.addController(this);
  }

  get status(): RetryStatus {
    return this.#status;
  }

  /** The error being retried: the latest failure, normalized. */
  get error(): NormalizedError | undefined {
    return this.#error;
  }

  /** The advice for `error`, bounded by `maxAttempts`. */
  get advice(): RetryAdvice | undefined {
    return this.#advice;
  }

  /** What the last successful attempt resolved to. */
  get value(): unknown {
    return this.#value;
  }

  /** Attempts started since the error was set (read-only). */
  get attempts(): number {
    return this.#attempts;
  }

  /** Time left in the countdown while `waiting`. */
  get remainingMs(): number {
    return this.#remainingMs;
  }

  /** The attempt waits for the connection to come back (`waiting` with no time to count). */
  get offline(): boolean {
    return this.#status === RetryStatus.waiting && this.#offline;
  }

  /** The countdown ends in an attempt without a click. */
  get autoPending(): boolean {
    return this.#status === RetryStatus.waiting && this.#runAfterWait;
  }

  /**
   * A click may cut the countdown short only when the wait is our own backoff for an attempt the
   * policy would make unasked anyway; a wait the server asked for (Retry-After) is always kept,
   * since starting early would only earn another refusal.
   */
  get canSkipWait(): boolean {
    // The wait for the connection is the browser's word, not the server's: a click may end it.
    return this.autoPending && (this.#offline || this.#error?.retryAfterMs === undefined);
  }

  /** A click now would ask for confirmation first. */
  get needsConfirmation(): boolean {
    const error = this.#error;
    const every = this.confirmEveryTime;
    // `always` asks before every attempt started by hand, one the policy would make unasked too;
    // not to cut short the countdown of an attempt the policy makes unasked anyway.
    if (!error || (this.#advice?.retry !== 'manual' && (!every || this.autoPending))) return false;
    const cls = requestClass(error.operation);
    return every || (!this.#confirmed && (cls === 'write' || cls === 'critical-write'));
  }

  /** Every attempt asks: the host said so, or the write is critical (P0). */
  get confirmEveryTime(): boolean {
    return this.#options.confirm?.() === 'always' || this.#error?.operation?.critical === true;
  }

  /** Settles when the running attempt (if any) has been handled. */
  get settled(): Promise<void> {
    return this.#settled;
  }

  /**
   * Starts over for a new failure: normalizes `input` (undefined clears), resets the attempt
   * count and the confirmation, stops whatever ran for the previous error, and advises.
   * `refreshed`: the app already renewed the session for this operation, so a 401 means sign in.
   * `attempt`: attempts the app already made; the count goes on from there.
   */
  setError(input: unknown, state: { refreshed?: boolean; attempt?: number } = {}): void {
    this.#stop();
    this.#suspended = undefined;
    const made = Math.floor(Number(state.attempt));
    this.#attempts = made > 0 ? made : 0;
    this.#value = undefined;
    this.#confirmed = false;
    this.#doubtOffline = false;
    this.#refreshed = state.refreshed === true;
    this.#resting = RetryStatus.idle;
    if (input === undefined || input === null) {
      this.#error = undefined;
      this.#advice = undefined;
      this.#setStatus(RetryStatus.idle);
      return;
    }
    this.#error = normalizeError(input);
    this.#settle(RetryStatus.idle);
  }

  /**
   * Advises again on the same error, keeping the attempts made: the provider's policy or
   * `maxAttempts` changed. Only while nothing runs, is asked or counts down.
   */
  readvise(): void {
    const status = this.#status;
    if (this.#error && (RESTING.has(status) || status === RetryStatus.blocked))
      this.#settle(this.#resting, true);
  }

  /**
   * The operator's click: asks for confirmation when the retry repeats a write, otherwise
   * starts an attempt. Ignored while an attempt runs, while confirming, during a countdown that
   * may not be skipped, and when no retry is allowed.
   */
  run(): void {
    const status = this.#status;
    if (status === RetryStatus.waiting && !this.canSkipWait) return;
    if (status !== RetryStatus.waiting && !RESTING.has(status)) return;
    if (!this.#error || !this.#advice) return;
    if (this.offline) this.#doubtOffline = true;
    // Leaving a countdown or the wait for the connection (its 'online' listener goes too).
    if (status === RetryStatus.waiting) this.#stop();
    if (this.needsConfirmation) {
      this.#setStatus(RetryStatus.confirming);
      return;
    }
    this.#start(true);
  }

  /** The operator confirmed: the attempt starts. */
  confirm(): void {
    if (this.#status !== RetryStatus.confirming) return;
    this.#confirmed = true;
    this.#start(true);
  }

  /** The operator declined: back to where the click found it, nothing ran. */
  cancel(): void {
    if (this.#status !== RetryStatus.confirming) return;
    this.#setStatus(this.#resting);
  }

  /**
   * Stops a countdown or a running attempt (its result is dropped); a retry stays available. A
   * stopped attempt neither failed nor counts, but it may have reached the server: a write sent
   * again after it asks again, so Cancel, then Try again, cannot repeat a write unconfirmed.
   */
  abort(): void {
    const running = this.#status === RetryStatus.running;
    if (this.#status !== RetryStatus.waiting && !running) return;
    if (this.offline) this.#doubtOffline = true;
    this.#stop();
    if (running) {
      this.#attempts--;
      this.#confirmed = false;
    }
    this.#setStatus(this.#resting);
  }

  hostConnected(): void {
    this.#connected = true;
    const resume = this.#suspended;
    this.#suspended = undefined;
    // A wait before a retry by hand ends when the server said, also while out of the page (a
    // hidden tab pane): back after it, the button is ready, not counting down again. An
    // automatic retry counts down what was left, so it is not sent the moment the element shows.
    if (!resume) return;
    const ms =
      resume.run || resume.until === undefined ? resume.ms : resume.until - this.#clock.now();
    // Over while it was away: ready, without a "0 seconds" countdown said on the way.
    if (ms > 0 || resume.run) this.#wait(Math.max(0, ms), resume.run);
    else this.#setStatus(this.#resting);
  }

  hostDisconnected(): void {
    this.#connected = false;
    // A move (a list re-ordered, a portal, removed and appended in one task) is not a removal:
    // back before this microtask, the attempt and the countdown carry on untouched.
    queueMicrotask(() => {
      if (this.#connected) return;
      // A wait set while it was out (a new error in the same task) is already noted whole.
      if (this.#status === RetryStatus.waiting) {
        this.#suspended ??= {
          ms: this.#remainingNow(),
          run: this.#runAfterWait,
          until: this.#deadline,
        };
      }
      const wasBusy = this.#status === RetryStatus.waiting || this.#status === RetryStatus.running;
      this.#stop();
      if (wasBusy) this.#setStatus(this.#resting);
    });
  }

  /** Clears the timer, aborts the running attempt and makes its result stale. */
  #stop(): void {
    this.#clearTimer();
    this.#callId++;
    this.#abortController?.abort();
    this.#abortController = undefined;
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #policy(): RetryPolicyOptions | undefined {
    return this.#options.policy?.();
  }

  /**
   * Advises on the current error and moves to the status the advice allows. `served`: the waits
   * were already counted down; only what is offered may change.
   */
  #settle(resting: RetryStatus, served = false): void {
    const error = this.#error as NormalizedError;
    const policy = this.#policy();
    const advice = adviseRetry(
      error,
      { attempt: this.#attempts, refreshed: this.#refreshed },
      policy,
    );
    const limit = this.#options.maxAttempts?.();
    // A removed `max-attempts` attribute leaves null: no limit, not zero attempts.
    const left =
      limit == null || !(limit >= 0) ? Infinity : Math.max(0, Math.floor(limit) - this.#attempts);
    if (left < advice.attemptsLeft) advice.attemptsLeft = left;
    this.#advice = advice;
    this.#resting = resting;

    const { retry, action } = advice;
    if (retry === 'never' && action !== 'contact-support')
      return this.#setStatus(RetryStatus.blocked);
    // refresh-session, reload: steps the app takes, not a repeat of the action.
    if (retry !== 'never' && action !== 'retry') return this.#setStatus(RetryStatus.blocked);
    if (retry === 'never' || advice.attemptsLeft === 0) {
      // Out of attempts, if attempts were made and the failure itself would allow a retry.
      const fresh = adviseRetry(error, { refreshed: this.#refreshed }, policy);
      if (this.#attempts > 0 && fresh.retry !== 'never') {
        advice.retry = 'never';
        advice.action = 'contact-support';
        this.#setStatus(RetryStatus.exhausted);
        this.#options.onExhausted?.({ error, attempt: this.#attempts });
        return;
      }
      return this.#setStatus(RetryStatus.blocked);
    }

    const auto = retry === 'auto' && this.#options.auto?.() === true;
    const delay = advice.delayMs ?? 0;
    if (served) this.#setStatus(resting);
    else if (auto) this.#wait(Math.max(0, delay), true);
    // A wait the server asked for (or the vendor's known refill) is shown before a retry by
    // hand becomes available too; manual advice carries no random backoff.
    else if (delay > 0 && (error.retryAfterMs !== undefined || retry === 'manual'))
      this.#wait(delay, false);
    else this.#setStatus(resting);
  }

  #remainingNow(): number {
    return Math.max(0, this.#deadline - this.#clock.now());
  }

  #wait(ms: number, run: boolean): void {
    const connected = this.#connected;
    // While disconnected the countdown is only noted; hostConnected starts it.
    if (connected) this.#deadline = this.#clock.now() + ms;
    else this.#suspended = { ms, run };
    this.#runAfterWait = run;
    this.#offline = false;
    this.#remainingMs = ms;
    this.#setStatus(RetryStatus.waiting);
    if (connected) this.#tick();
  }

  /** One timer at a time, due when the shown count changes or the countdown ends. */
  #tick(): void {
    const remaining = this.#remainingNow();
    this.#remainingMs = remaining;
    if (remaining <= 0) {
      this.#timer = undefined;
      if (this.#runAfterWait) this.#start();
      else this.#setStatus(this.#resting);
      return;
    }
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = undefined;
      this.#tick();
      this.#host.requestUpdate();
    }, untilShownChange(remaining));
  }

  #start(byHand = false): void {
    // Offline, an attempt fails at once and only uses up a try, ending in "contact support" for
    // a dropped Wi-Fi: it waits for the connection instead, and starts when it is back.
    if (globalThis.navigator?.onLine === false && !(byHand && this.#doubtOffline)) {
      return this.#waitOnline();
    }
    const error = this.#error as NormalizedError;
    const action = this.#options.action();
    // No function to run (not set yet, or React's `retryAction={load()}` handing over a
    // Promise): nothing runs and no attempt is spent; the host says so in the console.
    if (typeof action != 'function') {
      this.#setStatus(this.#resting);
      return;
    }
    const attempt = this.#attempts + 1;
    if (this.#options.onStart?.({ error, attempt }) === false) {
      this.#setStatus(this.#resting);
      return;
    }
    this.#stop();
    const id = this.#callId;
    const controller = new AbortController();
    this.#abortController = controller;
    this.#attempts = attempt;
    this.#setStatus(RetryStatus.running);
    let pending: Promise<unknown>;
    try {
      pending = Promise.resolve(action(controller.signal));
    } catch (failure) {
      pending = Promise.reject(failure);
    }
    const init = this.#init();
    this.#settled = pending
      .then((value) => {
        // `(signal) => fetch(url, { signal })` resolves on a 503: that attempt failed.
        if (failedResponse(value)) throw value;
        return value;
      })
      .then(
        (value) => this.#succeed(id, attempt, value),
        async (failure: unknown) =>
          this.#fail(id, attempt, await readFailure(failure, init, undefined, controller.signal)),
      );
  }

  #waitOnline(): void {
    this.#stop();
    // Stopping (a new error, abort, removal) aborts this controller, which removes the listener.
    const controller = (this.#abortController = new AbortController());
    // Back online, an attempt the policy makes unasked starts; one asked for by hand (a write
    // the operator confirmed maybe long ago) is offered again instead, and that is announced.
    const auto = this.#advice?.retry === 'auto' && this.#options.auto?.() === true;
    globalThis.addEventListener?.(
      'online',
      () => (auto ? this.#start() : (this.#stop(), this.#setStatus(this.#resting))),
      { once: true, signal: controller.signal },
    );
    this.#offline = this.#runAfterWait = true;
    this.#deadline = this.#clock.now();
    const was = this.#status;
    this.#setStatus(RetryStatus.waiting);
    // From a countdown to waiting for the connection: news, though the status stays `waiting`.
    if (was === RetryStatus.waiting) this.#options.onStatus?.(was, was);
  }

  /** What a new failure is normalized with: the operation and vendor of the one before. */
  #init(): NormalizeInit {
    const { operation: op, vendor } = this.#error as NormalizedError;
    // The operation's own fields (its `name` is init's `operation`; the extra key is ignored).
    return { ...op, operation: op?.name, vendor };
  }

  #succeed(id: number, attempt: number, value: unknown): void {
    if (id !== this.#callId) return;
    this.#abortController = undefined;
    this.#value = value;
    this.#setStatus(RetryStatus.succeeded);
    this.#options.onSuccess?.({ error: this.#error as NormalizedError, attempt, value });
  }

  #fail(id: number, attempt: number, failure: NormalizedError): void {
    if (id !== this.#callId) return;
    this.#abortController = undefined;
    const op = (this.#error as NormalizedError).operation;
    // An already normalized failure is returned as is; the policy still needs the operation.
    const error = !failure.operation && op ? { ...failure, operation: op } : failure;
    this.#error = error;
    this.#options.onFailure?.({ error, attempt });
    this.#settle(RetryStatus.failed);
  }

  #setStatus(status: RetryStatus): void {
    const previous = this.#status;
    this.#status = status;
    if (status !== RetryStatus.waiting) {
      this.#remainingMs = 0;
      this.#offline = false;
    }
    this.#host.requestUpdate();
    if (previous !== status) this.#options.onStatus?.(status, previous);
  }
}
