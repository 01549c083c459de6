import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { announce, withdraw } from '../../controllers/announcer.js';
import type { Politeness } from '../../controllers/announcer.js';
import { I18nController } from '../../controllers/i18n-controller.js';
import { CONFIRM_MODES, RetryController, RetryStatus } from '../../controllers/retry-controller.js';
import type { ConfirmMode, RetryTask } from '../../controllers/retry-controller.js';
import { FaultlineRetryExhaustedEvent } from '../../events/retry-exhausted.js';
import { FaultlineRetryFailureEvent } from '../../events/retry-failure.js';
import { FaultlineRetryStartEvent } from '../../events/retry-start.js';
import { FaultlineRetrySuccessEvent } from '../../events/retry-success.js';
import { warnInvalid, warnOnce } from '../../internal/dev-warnings.js';
import { FaultlineElement } from '../../internal/faultline-element.js';
import { waitUnit } from '../../i18n/wait-unit.js';
import type { WaitUnit } from '../../i18n/wait-unit.js';
import { styles } from './retry-button.styles.js';
import { requestClass } from '../../core/policy.js';
import type { RetryPolicyOptions } from '../../core/policy.js';
import type { RetryAdvice } from '../../core/types.js';

export { CONFIRM_MODES, RetryStatus };
export type { ConfirmMode, RetryTask };

/**
 * @tagname retry-button
 * @summary Retries a failed operation as far as the retry policy allows: a countdown for advised
 * delays, one attempt at a time, bounded attempts, and a confirmation before a write is repeated.
 *
 * States (the `state` attribute, set while there is an error): `idle` ("Try again"), `waiting`
 * (a countdown: the visible text follows each second, the start is announced once, and so is its
 * end when a click is then needed; a click skips our own backoff but never a wait the server
 * asked for; offline, "Waiting for the connection" until the browser is online again, so no
 * attempt is spent on a dropped network, unless the operator presses it or Cancel and then asks
 * again: browsers can say offline while the connection works), `confirming`, `running` (busy; the button keeps focus
 * through `aria-disabled`, clicks are ignored, a Cancel button beside it stops the attempt),
 * `succeeded` ("Trying again worked." as
 * text, no button: nothing is left to retry until a new error is set), `failed` (the new error's
 * next step, and the button again), `exhausted` ("Still failing after 3 attempts. Contact
 * support.") and `blocked` (the advice allows no retry: a short reason instead of a button, never
 * a dead one).
 * Critical (P0) writes are never replayed: the policy blocks them and the reason says to reload
 * (or, for one refused outright, what the advice asks: correct the details, check access …).
 *
 * A manual retry of a non-idempotent write asks first, inline ("Check the history first. Try
 * again only if the change was not saved."), once per error and again after a Cancel (the
 * stopped attempt may have arrived); with `confirm="always"` before every attempt started by
 * hand. Attempts the policy makes unasked (`auto`) never ask, nor does cutting their countdown
 * short.
 *
 * @csspart base - The button.
 * @csspart label - The button's text.
 * @csspart countdown - The seconds left, inside the label while waiting.
 * @csspart status - The outcome or the reason a retry is not offered.
 * @csspart confirm - The inline confirmation (role=group).
 * @csspart confirm-button - Confirms the retry.
 * @csspart cancel-button - Declines it.
 * @csspart abort-button - Beside a running attempt: stops it (see `abort()`).
 *
 * @cssprop --faultline-retry-background - Button background (default #1f5fbf; inside an `<error-banner>`, the banner's button colour).
 * @cssprop --faultline-retry-color - Button text colour (default #fff; inside an `<error-banner>`, the banner's button text colour).
 * @cssprop --faultline-retry-waiting-color - Text and outline of the button while it counts down or runs, when it cannot be pressed (default: the surrounding text colour).
 * @cssprop --faultline-retry-border-color - Button border colour (default transparent).
 * @cssprop --faultline-retry-radius - Corner radius of the button and confirmation (0.375em).
 * @cssprop --faultline-retry-padding-inline - Button padding at the start and end (1em).
 * @cssprop --faultline-retry-min-size - Minimum block size of the buttons (2.5em).
 * @cssprop --faultline-retry-gap - Space between the parts (0.5em).
 * @cssprop --faultline-retry-focus-color - Focus outline colour (`--faultline-color-focus`, else #1a5fb4).
 * @cssprop --faultline-retry-confirm-padding - Padding of the confirmation (0.75em).
 * @cssprop --faultline-retry-confirm-border-color - Border of the confirmation (#8a8a8a).
 *
 * @fires faultline-retry-start - An attempt is about to run; cancel it to run nothing.
 * @fires faultline-retry-success - An attempt succeeded; `detail.value` is its result.
 * @fires faultline-retry-failure - An attempt failed; `detail.error` is the new normalized error.
 * @fires faultline-retry-exhausted - No attempts are left.
 */
export class RetryButton extends FaultlineElement {
  static override styles = [FaultlineElement.hostStyles, styles];

  /** The error to retry: a NormalizedError or anything normalizeError() accepts. */
  @property({ attribute: false }) error?: unknown;

  /** The operation to run again; its AbortSignal aborts when the element is removed. */
  @property({ attribute: false }) action?: RetryTask;

  /** At most this many attempts; the policy may allow fewer. */
  @property({ type: Number, attribute: 'max-attempts' }) maxAttempts?: number;

  /**
   * Attempts already made for this operation before this button (read when the error is set):
   * its count, and the attempts the policy leaves, go on from there.
   */
  @property({ type: Number }) attempt = 0;

  /** Retry by itself when the advice is `auto` (read when the error is set). */
  @property({ type: Boolean }) auto = false;

  /**
   * `once` (default): a write retried by hand asks once per error, and again after a Cancel;
   * `always`: before every attempt started by hand.
   */
  @property() confirm: ConfirmMode = 'once';

  readonly #i18n = new I18nController(this);
  /** This button's token for the announcer. */
  readonly #voice = {};

  readonly #retry = new RetryController(this, {
    action: () => this.action,
    policy: () => this.#i18n.config?.policy,
    maxAttempts: () => this.maxAttempts,
    auto: () => this.auto,
    confirm: () => (CONFIRM_MODES.includes(this.confirm) ? this.confirm : 'once'),
    onStart: (detail) => this.emit(new FaultlineRetryStartEvent(detail)),
    onSuccess: (detail) => this.emit(new FaultlineRetrySuccessEvent(detail)),
    onFailure: (detail) => this.emit(new FaultlineRetryFailureEvent(detail)),
    onExhausted: (detail) => this.emit(new FaultlineRetryExhaustedEvent(detail)),
    onStatus: (status, previous) => this.#speak(status, previous),
  });

  #hadFocus = false;
  #policy?: RetryPolicyOptions;
  #shownStatus: RetryStatus = RetryStatus.idle;

  /** Attempts made for the current error (the support checklist's "retried"). */
  get attempts(): number {
    return this.#retry.attempts;
  }

  /** Where the retry stands; also the `state` attribute for CSS, while there is an error. */
  get state(): RetryStatus {
    return this.#retry.status;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('confirm')) warnInvalid(this.localName, 'confirm', this.confirm, CONFIRM_MODES);
    // A button that cannot retry is a mistake in the page: said once, not left to the operator.
    if (this.error != null && typeof this.action != 'function')
      warnOnce(
        `<${this.localName}> has an error but no action: give it \`.action = (signal) => fetch(…, { signal })\` (a function, not its result), or it cannot retry.`,
      );
    const policy = this.#i18n.config?.policy;
    if (changed.has('error')) this.#retry.setError(this.error, { attempt: this.attempt });
    // The provider's policy or the bound changed: a button at rest follows it now, not only
    // after its next attempt (`policy = { maxAttempts: 0 }` still let one run). Not while out
    // of the page, where no provider answers, and not for an equal object (React's
    // `policy={{…}}` on every render).
    else if (this.isConnected && (!samePolicy(policy, this.#policy) || changed.has('maxAttempts')))
      this.#retry.readvise();
    if (this.isConnected) this.#policy = policy;
    // Only while there is an error to retry: a button waiting in server-rendered HTML keeps
    // exactly the attributes it was sent with (React warns about any it grows before hydrating).
    const { status, error } = this.#retry;
    if (error) this.setAttribute('state', status);
    else this.removeAttribute('state');
    this.#hadFocus = this.shadowRoot?.activeElement != null;
  }

  protected override updated(): void {
    const status = this.#retry.status;
    const previous = this.#shownStatus;
    this.#shownStatus = status;
    const root = this.renderRoot as ShadowRoot;
    const find = (part: string) => root.querySelector<HTMLElement>(`[part~="${part}"]`);
    if (status === RetryStatus.confirming && previous !== status) {
      find('confirm')?.focus();
    } else if (
      (previous === RetryStatus.confirming && status !== previous) ||
      (this.#hadFocus && !root.activeElement)
    ) {
      // The control that had focus is gone: keep it here, on the button or the text that replaced it.
      (find('base') ?? find('status'))?.focus();
    }
  }

  /** Says the changes a person must hear, once each; countdown ticks are only shown. */
  #speak(status: RetryStatus, previous: RetryStatus): void {
    const afterAttempt = previous === RetryStatus.running;
    if (status === RetryStatus.waiting) {
      this.#say(() => (afterAttempt ? `${this.#i18n.t('retry.failed')} ` : '') + this.#label());
    } else if (
      previous === RetryStatus.waiting &&
      (status === RetryStatus.idle || status === RetryStatus.failed)
    ) {
      // The server's wait is over: a screen reader user would not know the button works again.
      this.#say(() => this.#i18n.t('retry.ready'));
    } else if (status === RetryStatus.succeeded) {
      // statusText() is "Trying again worked." here.
      this.#say(() => this.#statusText());
    } else if (
      status === RetryStatus.exhausted ||
      (afterAttempt && (status === RetryStatus.failed || status === RetryStatus.blocked))
    ) {
      this.#say(() => this.#statusText(), 'assertive');
    }
  }

  /**
   * Announces in the button's language once its strings are there (a first Arabic message is
   * not read in English), unless the status moved on meanwhile, and only while the button can
   * be seen: a retry that runs on in a dismissed banner finishes silently, since the operator
   * could not act on what it would say.
   */
  #say(text: () => string, politeness: Politeness = 'polite'): void {
    const status = this.#retry.status;
    this.#i18n.whenLoaded(() => {
      if (this.#retry.status !== status || this.checkVisibility?.() === false) return;
      // Each is news, even in the same words as the last: another attempt failed.
      void announce(text(), politeness, { lang: this.#i18n.textLang, from: this.#voice });
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed, not moved (back within this task): what it had not said yet is taken back. A
    // banner that replaces its button with Contact support says the news itself. "Trying again
    // worked" stays: an app that clears the error on success still lets the operator hear it.
    queueMicrotask(() => {
      if (!this.isConnected && this.#retry.status !== RetryStatus.succeeded) withdraw(this.#voice);
    });
  }

  #label(): string {
    const t = this.#i18n.t;
    const r = this.#retry;
    if (r.status === RetryStatus.running) return t('actions.retrying');
    if (r.status !== RetryStatus.waiting) return t('actions.retry');
    if (r.offline) return t('retry.offline');
    // In the unit the banner's sentence uses: "Try again in 2 hours", not "in 7200 seconds".
    const [unit, count] = waitUnit(r.remainingMs);
    const key = r.autoPending ? 'retry.waiting' : 'actions.retryIn';
    return t(key + UNIT_KEY[unit], { count });
  }

  #statusText(): string {
    const t = this.#i18n.t;
    const { status, error, advice, attempts } = this.#retry;
    const failed = attempts > 0 ? `${t('retry.failed')} ` : '';
    if (!error || !advice) return '';
    switch (status) {
      case RetryStatus.succeeded:
        return t('retry.succeeded');
      case RetryStatus.exhausted:
        return t('retry.exhausted', { count: attempts });
      case RetryStatus.blocked:
        // "Reload first" only where the outcome is in doubt: a critical write refused outright
        // (bad details, no access, a wrong ID) was not done, and reloading would throw away the
        // details the operator is to correct.
        return (
          failed +
          (error.operation?.critical && !REFUSED.has(advice.action)
            ? `${t('retry.notAllowed.critical')} ${t('retry.notAllowed.reload')}`
            : t(`retry.notAllowed.${advice.action}`))
        );
      case RetryStatus.failed:
        // The delay is over by now: describe without it, or the text would name a stale wait.
        return failed + this.#i18n.describe(error, { ...advice, retry: 'never' }).nextStep;
      case RetryStatus.waiting:
        return failed.trim();
      default:
        return '';
    }
  }

  /**
   * Stops the running attempt (its signal aborts, its result is dropped) or the countdown; a
   * retry stays available (a write sent again asks again: the stopped one may have arrived).
   * What the Cancel button beside a running attempt does.
   */
  abort(): void {
    this.#retry.abort();
  }

  readonly #onClick = (): void => this.#retry.run();
  readonly #onAbort = (): void => this.abort();
  readonly #onConfirm = (): void => this.#retry.confirm();
  readonly #onCancel = (): void => this.#retry.cancel();
  readonly #onConfirmKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.#retry.cancel();
  };

  #renderConfirm(): TemplateResult {
    const t = this.#i18n.t;
    // A load (asked about with confirm="always") is no change, and without a method the failed
    // call may have been one: only a write that could apply twice is warned about as such.
    const operation = this.#retry.error?.operation;
    const cls = requestClass(operation);
    const [title, body] =
      cls == 'read'
        ? ['titleUnknown']
        : !operation?.method
          ? ['titleUnknown', 'bodyUnknown']
          : cls == 'critical-write' || (cls == 'write' && this.#retry.confirmEveryTime)
            ? ['title', 'bodyCritical']
            : ['title', 'body'];
    return html`<div
      part="confirm"
      class="confirm"
      role="group"
      tabindex="-1"
      aria-labelledby="confirm-title"
      aria-describedby=${body ? 'confirm-body' : nothing}
      @keydown=${this.#onConfirmKeydown}
    >
      <p id="confirm-title" class="title">${t(`confirm.${title}`)}</p>
      ${body ? html`<p id="confirm-body">${t(`confirm.${body}`)}</p>` : nothing}
      <div class="confirm-actions">
        <button part="confirm-button" type="button" @click=${this.#onConfirm}>
          ${t('confirm.confirm')}
        </button>
        <button part="cancel-button" type="button" @click=${this.#onCancel}>
          ${t('confirm.cancel')}
        </button>
      </div>
    </div>`;
  }

  protected override render() {
    const { status, error } = this.#retry;
    if (!error) return nothing;
    if (status === RetryStatus.confirming) return this.#renderConfirm();
    const text = this.#statusText();
    const statusLine = text
      ? html`<p part="status" class="status" tabindex="-1">${text}</p>`
      : nothing;
    const offered =
      status === RetryStatus.idle ||
      status === RetryStatus.failed ||
      status === RetryStatus.waiting ||
      status === RetryStatus.running;
    if (!offered) return statusLine;
    const running = status === RetryStatus.running;
    const inert = running || (status === RetryStatus.waiting && !this.#retry.canSkipWait);
    const label = this.#label();
    return html`<button
        part="base"
        class="base"
        type="button"
        aria-disabled=${inert ? 'true' : 'false'}
        aria-busy=${running ? 'true' : 'false'}
        @click=${this.#onClick}
      >
        ${running ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        <span part="label"
          >${status === RetryStatus.waiting ? html`<span part="countdown">${label}</span>` : label}</span
        >
      </button>
      ${
        // An attempt that hangs (a request with no timeout), or a wait for a connection that
        // does not come back, must not hold the operator hostage.
        running || this.#retry.offline
          ? html`<button part="abort-button" class="abort" type="button" @click=${this.#onAbort}>
              ${this.#i18n.t('actions.cancel')}
            </button>`
          : nothing
      }
      ${statusLine}`;
  }
}

/** Advice for a request the server refused outright, or that went through: nothing to check. */
const REFUSED: ReadonlySet<RetryAdvice['action']> = new Set([
  'fix-input',
  'check-access',
  'verify-reference',
  'none',
]);

/** The catalog keys' suffix for a wait's unit (`retry.waitingMinutes`, `actions.retryInHours`). */
const UNIT_KEY: Readonly<Record<WaitUnit, string>> = {
  seconds: '',
  minutes: 'Minutes',
  hours: 'Hours',
};

/** The same options, key by key: a new object with equal values is no change. */
function samePolicy(a?: RetryPolicyOptions, b?: RetryPolicyOptions): boolean {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  return [...keys].every(
    (k) => a?.[k as keyof RetryPolicyOptions] === b?.[k as keyof RetryPolicyOptions],
  );
}
