import { html, nothing, svg } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { normalizeError } from '../../core/normalize.js';
import { adviseRetry } from '../../core/policy.js';
import type { RetryPolicyOptions } from '../../core/policy.js';
import { redact } from '../../core/redact.js';
import type { NormalizeInit, NormalizedError, RetryAdvice, Severity } from '../../core/types.js';
import { announce, withdraw } from '../../controllers/announcer.js';
import { CopyFeedbackController } from '../../controllers/copy-feedback.js';
import { I18nController } from '../../controllers/i18n-controller.js';
import { FaultlineContactSupportEvent } from '../../events/contact-support.js';
import { FaultlineCopyEvent } from '../../events/copy.js';
import { FaultlineDismissEvent } from '../../events/dismiss.js';
import type { RetryEventDetail } from '../../events/faultline-event.js';
import { FaultlineRefreshSessionEvent } from '../../events/refresh-session.js';
import { FaultlineReloadEvent } from '../../events/reload.js';
import { FaultlineSignInEvent } from '../../events/sign-in.js';
import type { ErrorDescription } from '../../i18n/describe.js';
import { vendorName } from '../../i18n/vendors.js';
import { tagFor } from '../../internal/define.js';
import { FaultlineElement } from '../../internal/faultline-element.js';
import { RetryButton } from '../retry-button/retry-button.js';
import { bannerActions } from './actions.js';
import type { BannerActions } from './actions.js';
import { contactViews } from './contact.js';
import { styles } from './error-banner.styles.js';
import type { BannerButton, BannerVariant, ContactView, FieldView } from './error-banner.types.js';
import { BANNER_VARIANTS } from './error-banner.types.js';
import { warnInvalid, warnOnce } from '../../internal/dev-warnings.js';
import { controlLabel } from './field-label.js';
import { deepActiveElement, focusableBefore, tryFocus } from './focus.js';
import { cachedDescription } from './text-cache.js';

/** Beyond this many characters the vendor's message is clamped to three lines, with a toggle. */
const LONG_DETAIL = 160;
const isLong = (detail?: string) => (detail?.length ?? 0) > LONG_DETAIL;

const EMPTY: readonly never[] = [];
const NO_SLOTS: ReadonlySet<string> = new Set();

const reflectVariant = (value: unknown) => (value === 'inline' ? null : value);

const BUTTON_LABELS: Readonly<Record<BannerButton, string>> = {
  'refresh-session': 'actions.refreshSession',
  'sign-in': 'actions.signIn',
  reload: 'actions.reload',
  'contact-support': 'actions.contactSupport',
};

const BUTTON_EVENTS = {
  'refresh-session': FaultlineRefreshSessionEvent,
  'sign-in': FaultlineSignInEvent,
  reload: FaultlineReloadEvent,
  'contact-support': FaultlineContactSupportEvent,
} as const satisfies Record<BannerButton, new (detail: { error: NormalizedError }) => Event>;

const CLOSE_ICON = svg`<path d="M5 5l10 10M15 5 5 15" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" />`;

/**
 * Accessibility: the headline and next step are announced once per distinct error through the
 * kit's persistent live region (assertive for errors, polite for warnings); the banner itself is
 * not a live region. The `page` variant moves focus to its headline instead of announcing, since
 * moving focus already makes screen readers read it. After a dismiss, focus goes back to where
 * it was before it entered the banner, else to the focusable element before the banner, else to
 * the document.
 *
 * @tagname error-banner
 * @summary The message an operator sees when an API call fails: what happened, what to do next,
 * and the buttons the retry policy allows. Takes any error payload and never shows raw server text.
 *
 * @slot retry - A retry control of the app's own, shown when the advice is to retry and
 *   `retryAction` is no function (with one, a built-in `<retry-button>` is shown instead).
 * @slot actions - More actions of the app's own, after the built-in ones.
 *
 * @csspart base - The banner box (role group, or region for the `page` variant).
 * @csspart icon - The decorative severity icon.
 * @csspart headline - What happened.
 * @csspart next-step - What to do next.
 * @csspart detail - The service's own message (public errors only), with its label and toggle.
 * @csspart fields - The list of field errors.
 * @csspart reference - The reference (error id) and its copy button.
 * @csspart actions - The action buttons and slots.
 * @csspart close-button - The dismiss button (`dismissible` only).
 *
 * @cssprop --faultline-banner-accent - Border and icon colour. Default: `--faultline-color-danger` (#b3261e) for errors, `--faultline-color-warning` (#8a5300) for warnings.
 * @cssprop --faultline-banner-background - Background. Default: `--faultline-color-danger-surface` (#fdf3f2) for errors, `--faultline-color-warning-surface` (#fff8e5) for warnings.
 * @cssprop --faultline-banner-color - Text colour. Default: `--faultline-color-text`, else #1f1f1f.
 * @cssprop --faultline-banner-border-color - Outline colour. Default: the accent.
 * @cssprop --faultline-banner-border-width - Width of the accent stripe on the inline-start side. Default: 0.25rem.
 * @cssprop --faultline-banner-radius - Corner radius. Default: `--faultline-radius`, else 0.375rem.
 * @cssprop --faultline-banner-padding - Inner spacing. Default: 0.75rem 1rem (1.5rem for the `page` variant).
 * @cssprop --faultline-banner-gap - Space between the parts. Default: 0.5rem.
 * @cssprop --faultline-banner-font-size - Base font size. Default: inherit.
 * @cssprop --faultline-banner-color-scheme - The colour scheme of its surface (and of slotted links and controls). Default: light; set `dark` with a dark banner theme.
 * @cssprop --faultline-banner-button-background - Background of the action buttons. Default: the accent.
 * @cssprop --faultline-banner-button-color - Text of the action buttons. Default: `--faultline-color-on-danger` for errors, `--faultline-color-on-warning` for warnings, else #fff.
 * @cssprop --faultline-banner-focus-ring - Focus outline colour. Default: `--faultline-color-focus`, else #1a5fb4.
 * @cssprop --faultline-banner-toast-inline-size - Width of the toast variant. Default: min(28rem, 100vw - 2rem).
 * @cssprop --faultline-banner-toast-offset - Distance of the toast from the viewport's end corner. Default: 1rem.
 * @cssprop --faultline-banner-z-index - Stacking of the toast variant. Default: 1000.
 * @cssprop --faultline-banner-shadow - Shadow of the toast variant.
 *
 * @cssstate closed - The banner was closed (`open` is false): hidden, `display: none`.
 *
 * @fires faultline-sign-in - The operator asked to sign in. `detail: { error }`.
 * @fires faultline-refresh-session - The operator asked to renew the session. `detail: { error }`.
 * @fires faultline-reload - The operator asked to reload the resource. `detail: { error }`.
 * @fires faultline-contact-support - The operator asked for support. `detail: { error }`.
 * @fires faultline-dismiss - Cancelable: the banner is about to close. `detail: { error }`.
 * @fires faultline-copy - The reference was copied. `detail: { text, what: 'reference' }`.
 * @fires faultline-retry-start - From the built-in retry button (with `retryAction`): an attempt is about to run; cancel it to run nothing.
 * @fires faultline-retry-success - From the built-in retry button: an attempt succeeded; `detail.value` is its result.
 * @fires faultline-retry-failure - From the built-in retry button: an attempt failed; `detail.error` is the new normalized error, which the banner now shows.
 * @fires faultline-retry-exhausted - From the built-in retry button: no attempts are left.
 */
export class ErrorBanner extends FaultlineElement {
  static override styles = [FaultlineElement.hostStyles, styles];

  /**
   * The failure: a NormalizedError, or anything normalizeError() accepts (body, Error, text, a
   * fetch Response: its status only, `await fromResponse(res)` reads its body too). `null` or
   * `undefined` means no failure: the banner shows and says nothing, so it can wait in the page
   * (React's `error={error}` with `useState(null)`), as the retry button and the checklist do.
   * Anything else, even garbage, shows a calm generic message at the least, and opens again a
   * banner the operator dismissed: a new failure must be seen.
   */
  @property({ attribute: false })
  get error(): unknown {
    return this.errorValue;
  }
  set error(value: unknown) {
    const old = this.errorValue;
    this.errorValue = value;
    this.hasError = value != null;
    // A banner the operator dismissed opens again for the next failure, which must be seen (also
    // after the app cleared it with null); one the app closed stays closed until it opens it.
    if (this.hasError && this.dismissed) {
      this.open = true;
      this.dismissed = false;
    }
    // Always an update: setting the same payload again is a new failure to show.
    this.requestUpdate('error', old === value ? Symbol('again') : old);
  }
  private errorValue?: unknown;
  private hasError = false;
  /** Closed by the operator (close button, Escape, dismiss()), not by the app. */
  private dismissed = false;

  /** HTTP method of the failed request, used when `error` is not normalized yet. */
  @property() method?: string;

  /** Endpoint of the failed request, used when `error` is not normalized yet. */
  @property() endpoint?: string;

  /** HTTP status, used when `error` is a raw body that does not carry it. */
  @property({ type: Number }) status?: number;

  /** The request was a critical (P0) write: it is never replayed. A read (GET) stays a read. */
  @property({ type: Boolean }) critical = false;

  /**
   * Retries the app already made for this operation (feeds the retry advice). The built-in retry
   * button counts on from it; its own attempts are kept apart and forgotten with the next error.
   */
  @property({ type: Number }) attempt = 0;

  /** The session was already refreshed once for this operation. */
  @property({ type: Boolean }) refreshed = false;

  /**
   * `inline` (default), `toast` (fixed to the viewport's end corner) or `page` (blocking).
   * Reflected only when not `inline`: CSS has nothing to do for the default, and an attribute
   * set on every host is an attribute callback and a style invalidation per banner.
   */
  @property({ reflect: true, converter: { toAttribute: reflectVariant } })
  variant: BannerVariant = 'inline';

  /**
   * From the error; the `severity` attribute, for styling, once there is an error. Written to
   * the attribute by hand, not observed: the error decides it, so the attribute is output only,
   * and an observed attribute would cost an attributeChangedCallback per banner.
   */
  @property({ attribute: false }) severity: Severity = 'error';

  static override readonly outputs: readonly string[] = ['severity'];

  /** Shows a close button and closes on Escape. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /**
   * Whether the banner is shown; set to false by a dismiss that was not cancelled, and back to
   * true by the next `error` after such a dismiss (a banner the app closed stays closed).
   * Reflected once it changes, not at rest (see `update`): style a closed banner with
   * `:state(closed)`. A closed banner keeps its content, so a retry already running still
   * finishes and reports.
   */
  @property({ type: Boolean }) open = true;

  /** Field name → id of the form control, so each field error links to its control. */
  @property({ attribute: false }) fieldTargets?: Readonly<Record<string, string>>;

  /**
   * Runs the failed operation again; with it, a built-in `<retry-button>` is shown. The function
   * itself, not its result: anything else shows the `retry` slot and warns in the console.
   */
  @property({ attribute: false }) retryAction?: (signal: AbortSignal) => Promise<unknown>;

  /** Let the built-in retry button retry by itself when the advice allows it. */
  @property({ type: Boolean, attribute: 'auto-retry' }) autoRetry = false;

  @state() private expanded = false;

  /** The clamped message hides something at this width: only then is "Show more" offered. */
  @state() private clipped = true;

  private clampWatch?: ResizeObserver;

  /** The clamped message last measured. */
  private clampText: string | null = null;
  @state() private exhausted = false;
  /** Attempts counted by the built-in retry button (from `attempt` on): what the advice follows. */
  @state() private counted?: number;
  /** The latest failure of the built-in retry button's attempts: what the advice follows. */
  @state() private retried?: NormalizedError;
  /** Names of the slots that have content ('actions', 'retry'). */
  @state() private slotted: ReadonlySet<string> = NO_SLOTS;

  private readonly i18n = new I18nController(this);
  /** Made on the first close, for the `closed` custom state; null where that cannot be. */
  private internals?: ElementInternals | null;
  /** Made on the first copy: most banners are never copied from. */
  private clipboard?: CopyFeedbackController;

  constructor() {
    super();
    // On the host, not in the template: they see the shadow content and the slotted actions
    // alike, and cost no template part per render.
    // Escape only matters while the banner is dismissible: that listener comes and goes with it.
    this.addEventListener('focusin', this.onFocusIn);
  }

  private normalized!: NormalizedError;
  private advice!: RetryAdvice;
  private adviceFor?: { error: NormalizedError; policy?: RetryPolicyOptions };
  private text!: ErrorDescription;
  private actions!: BannerActions;
  private fields: readonly FieldView[] = EMPTY;
  private reference?: string;
  /** The error last announced (or focused), so a re-render never repeats it. */
  private shown?: NormalizedError;
  /** The words last announced (or focused): a retry that failed the same way repeats none. */
  private said?: string;
  /** Where focus was before it entered the banner. */
  private returnFocus?: HTMLElement;
  /** Focus was inside the shadow root when this update began. */
  private hadFocus = false;
  /** This banner's token for the announcer, made when it first speaks. */
  private voice?: object;

  /**
   * The normalized error on display: the latest failure of the built-in retry button's attempts
   * (a 503 retried into a 400 shows the 400), else `error` normalized. As of the last render:
   * after setting `error`, `await el.updateComplete` first.
   */
  get normalizedError(): NormalizedError {
    return this.retried ?? (this.normalized ??= normalizeError(this.error, this.init()));
  }

  /** What the banner describes, links and reports (see normalizedError). */
  private get current(): NormalizedError {
    return this.retried ?? this.normalized;
  }

  /**
   * The built-in retry button is shown: `retryAction` is a function. Anything else (React's
   * `retryAction={load()}` hands over a Promise) would make a button that does nothing.
   */
  private get runsRetry(): boolean {
    return typeof this.retryAction === 'function';
  }

  /** The advice the actions follow. */
  get retryAdvice(): RetryAdvice {
    return this.advice;
  }

  /**
   * Asks to close: emits the cancelable `faultline-dismiss`; unless cancelled, closes and gives
   * focus back. Returns false when a listener kept the banner open.
   */
  dismiss(): boolean {
    if (!this.emit(new FaultlineDismissEvent({ error: this.normalizedError }))) return false;
    const hadFocus = this.matches(':focus-within');
    this.open = false;
    this.dismissed = true;
    if (hadFocus) this.restoreFocus();
    return true;
  }

  private init(): NormalizeInit {
    const init: NormalizeInit = {};
    if (this.method) init.method = this.method;
    if (this.endpoint) init.endpoint = this.endpoint;
    if (this.status !== undefined && Number.isFinite(this.status)) init.status = this.status;
    if (this.critical) init.critical = true;
    return init;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) {
      warnInvalid(this.localName, 'variant', this.variant, BANNER_VARIANTS);
    }
    if (changed.has('retryAction') && this.retryAction != null && !this.runsRetry)
      warnOnce(
        `<${this.localName}> retryAction is not a function: give it \`(signal) => fetch(…, { signal })\`, not its result. The retry slot is shown instead.`,
      );
    if (changed.has('dismissible')) {
      if (this.dismissible) this.addEventListener('keydown', this.onKeyDown);
      else this.removeEventListener('keydown', this.onKeyDown);
    }
    const renormalize =
      !this.normalized ||
      changed.has('error') ||
      changed.has('method') ||
      changed.has('endpoint') ||
      changed.has('status') ||
      changed.has('critical');
    if (renormalize) {
      this.normalized = normalizeError(this.error, this.init());
      this.expanded = false;
      this.exhausted = false;
      this.retried = undefined;
      this.counted = undefined;
    }
    // After a retry failed differently, the banner says what failed last: its words, severity,
    // fields and reference.
    // A private state's name is not in PropertyValues<this>: the map itself is asked.
    const retriedChanged = (changed as Map<PropertyKey, unknown>).has('retried');
    if (renormalize || retriedChanged) {
      const { severity, errorId } = this.current;
      this.severity = severity === 'warning' ? 'warning' : 'error';
      this.reference = typeof errorId === 'string' && errorId ? redact(errorId) : undefined;
    }
    if (renormalize || retriedChanged || changed.has('fieldTargets'))
      this.fields = this.fieldViews();

    const policy = this.i18n.config?.policy;
    // After a retry failed differently (a 500, then a 503), the advice follows the latest
    // failure, as the retry button's does: else the banner would take away a button that still
    // has an attempt to make.
    const advised = this.current;
    if (
      this.adviceFor?.error !== advised ||
      this.adviceFor.policy !== policy ||
      changed.has('attempt') ||
      (changed as Map<PropertyKey, unknown>).has('counted') ||
      changed.has('refreshed')
    ) {
      // Computed once per input, not per render: the advice carries a jittered delay, and the
      // retry button and the app's listeners must see one advice, not a new draw each time.
      this.advice = adviseRetry(
        advised,
        { attempt: this.counted ?? this.attempt, refreshed: this.refreshed },
        policy,
      );
      this.adviceFor = { error: advised, policy };
    }
    this.actions = bannerActions(
      advised.kind,
      this.advice,
      this.exhausted,
      advised.operation?.critical,
    );
  }

  protected override update(changed: PropertyValues<this>): void {
    // Described here, not in willUpdate: the i18n controller resolves the language in
    // hostUpdate, which runs between the two, so this picks up an ancestor's new `lang`.
    this.text = this.describe();
    // Host attributes are written only once there is something to say: a banner waiting in
    // server-rendered HTML keeps exactly the attributes it was sent with (React warns about any
    // an element grows before it hydrates).
    if (this.hasError) this.setAttribute('severity', this.severity);
    else if (changed.has('error')) this.removeAttribute('severity');
    if (changed.has('open') && (this.hasUpdated || !this.open)) {
      this.toggleAttribute('open', this.open);
      this.markClosed(!this.open);
    }
    // Focus in the shadow root shows as the host from outside; this render may remove the
    // control that has it.
    this.hadFocus =
      this.hasUpdated && (this.getRootNode() as Document | ShadowRoot).activeElement === this;
    super.update(changed);
  }

  /**
   * At rest an open banner has no `open` attribute, so CSS cannot hide on its absence: a closed
   * one says so through a custom state (made on the first close, most never close). Where custom
   * states are missing (or a subclass took the internals) the hidden base still hides it, as an
   * empty box instead of `display: none`, never an exception.
   */
  private markClosed(closed: boolean): void {
    if (this.internals === null) return;
    try {
      this.internals ??= this.attachInternals();
      this.internals.states[closed ? 'add' : 'delete']('closed');
    } catch {
      this.internals = null;
    }
  }

  /** The operator's message in the current language (cached across banners and renders). */
  private describe(): ErrorDescription {
    const { current: error, advice } = this;
    // The built-in retry button counts the server's wait down beside the text, in the same
    // seconds, minutes or hours: a fixed "Try again in 2 hours" would stand still next to it,
    // and the kind's "Try again in a moment" would contradict it. The words point at the button.
    const countdown = this.runsRetry && error.retryAfterMs !== undefined;
    return cachedDescription(
      error,
      advice,
      this.i18n.i18n,
      this.i18n.lang,
      () => this.i18n.describe(error, advice, { countdown }),
      countdown,
    );
  }

  /** A plain catalog string in the current language (cached by the controller's `t`). */
  private label(key: string): string {
    return this.i18n.t(key);
  }

  private fieldViews(): readonly FieldView[] {
    const { fieldErrors, public: isPublic } = this.current;
    if (!Array.isArray(fieldErrors) || fieldErrors.length === 0) return EMPTY;
    const targets = this.fieldTargets;
    const views: FieldView[] = [];
    for (const f of fieldErrors) {
      const field = typeof f?.field === 'string' && f.field ? f.field : undefined;
      const message =
        isPublic && typeof f?.message === 'string' && f.message ? redact(f.message) : undefined;
      // A private error's messages stay hidden; a field name alone still tells where to look.
      if (!field && !message) continue;
      const target = field && targets && Object.hasOwn(targets, field) ? targets[field] : undefined;
      views.push({
        field: field && redact(field),
        message,
        target: typeof target === 'string' && target ? target : undefined,
      });
    }
    return views;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The same error set again is a new failure (see `error`): the built-in retry button, whose
    // binding sees the same object, starts over too rather than keep the last one's attempts.
    if (typeof changed.get('error') == 'symbol')
      this.renderRoot
        .querySelector<RetryButton>(tagFor(RetryButton, 'retry-button'))
        ?.requestUpdate('error');
    this.watchClamp();
    // The control that had focus is gone: to what comes next in the banner, or, if the banner
    // itself went (closed, or cleared by the app), back to where focus came from.
    if (this.hadFocus && !(this.renderRoot as ShadowRoot).activeElement) {
      if (this.open && this.hasError) this.keepFocus();
      else this.restoreFocus();
    }
    if (!this.open || !this.hasError) {
      // Cleared or closed before its words went out: they are not said after all.
      withdraw(this.voice);
      this.shown = undefined;
      return;
    }
    const error = this.current;
    if (this.shown === error) return;
    // A retry of the built-in button that failed: the button says so ("Trying again didn't
    // work"); the banner speaks only when its words changed with it (a 503 retried into a 400),
    // and through the live region even on a page, where focus stays on the button.
    const retried = this.shown !== undefined && error === this.retried;
    this.shown = error;
    // Once the language's strings are shown: a first announcement (or a focused page headline)
    // in Arabic is then not read in English a moment before.
    this.i18n.whenLoaded(() => {
      if (this.shown !== error || !this.open) return;
      if (this.isConnected) this.present(this.describe(), retried);
      // Out of the page (a kept-alive view, a hidden tab pane): presented when it is back (the
      // I18nController asks for an update on every connect).
      else this.shown = undefined;
    });
  }

  /**
   * A long message is clamped to three lines; on a wide screen they may hold it all, and a
   * "Show more" that shows nothing more is a broken promise. Measured when its size changes.
   */
  private watchClamp(): void {
    // Most banners have no long message: no lookup for them.
    const clamped = this.hasError && !this.expanded && isLong(this.text.detail);
    if (!clamped && !this.clampWatch) return;
    const p = clamped ? this.renderRoot.querySelector<HTMLElement>('.clamped') : null;
    if (!p || !globalThis.ResizeObserver) return this.clampWatch?.disconnect();
    const watch = (this.clampWatch ??= new ResizeObserver(([entry]) => {
      const el = entry!.target;
      this.clipped = el.scrollHeight > el.clientHeight + 1;
    }));
    // Observed afresh for a new message: in a box of the same three lines it changes no size,
    // and only a new observation measures it. (Not after every render: the toggle's own render
    // would then be measured again in the same frame, a ResizeObserver loop.)
    if (p.textContent !== this.clampText) watch.unobserve(p);
    this.clampText = p.textContent;
    watch.observe(p);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clampWatch?.disconnect();
    // Removed, not moved (back within this task): what it had not said yet is taken back, and
    // said when it is back in the page.
    queueMicrotask(() => {
      if (!this.isConnected && withdraw(this.voice)) this.shown = undefined;
    });
  }

  /**
   * Puts a newly shown error before the operator: focus for a page, else the live region. After
   * a retry (`retried`), only words that changed, and never by moving focus.
   */
  private present({ headline, nextStep }: ErrorDescription, retried = false): void {
    const words = `${headline} ${nextStep}`;
    if (retried && words === this.said) return;
    this.said = words;
    if (this.variant === 'page' && !retried) {
      const active = deepActiveElement();
      if (active instanceof HTMLElement && !this.holds(active)) this.returnFocus = active;
      this.renderRoot.querySelector<HTMLElement>('#headline')?.focus();
      return;
    }
    const politeness = this.severity === 'error' ? 'assertive' : 'polite';
    // The same words from this banner again are a new failure; from another, the same outage.
    // An earlier failure not yet said is outdated: only the one on screen is heard.
    withdraw(this.voice);
    void announce(words, politeness, {
      lang: this.i18n.textLang,
      from: (this.voice ??= {}),
    });
  }

  /**
   * The control that had focus is gone (a retry button that ran out of attempts): focus goes to
   * what the operator can do next, or the headline, never to the top of the page.
   */
  private keepFocus(): void {
    const root = this.renderRoot;
    const next =
      root.querySelector<HTMLElement>('[part~="actions"] :is(button, a), [part~="close-button"]') ??
      root.querySelector<HTMLElement>('#headline');
    if (next?.id === 'headline') next.tabIndex = -1;
    next?.focus();
  }

  /** Is `node` the banner, inside its shadow root, or slotted into it? */
  private holds(node: Node): boolean {
    return this.contains(node) || this.renderRoot.contains(node);
  }

  private restoreFocus(): void {
    if (tryFocus(this.returnFocus) || tryFocus(focusableBefore(this))) return;
    const active = deepActiveElement();
    if (active instanceof HTMLElement) active.blur();
  }

  private readonly onFocusIn = (e: FocusEvent): void => {
    const from = e.relatedTarget;
    if (from instanceof HTMLElement && !this.holds(from)) this.returnFocus = from;
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.dismissible || e.defaultPrevented) return;
    if (this.dismiss()) {
      // Handled: an enclosing dialog should not close too.
      e.preventDefault();
      e.stopPropagation();
    }
  };

  // Methods, not arrow functions: Lit calls a template's listeners with the host as `this`,
  // so a thousand banners need no closures of their own.
  private onAction(e: Event): void {
    const action = (e.currentTarget as HTMLElement).dataset.action as BannerButton;
    this.emit(new BUTTON_EVENTS[action]({ error: this.current }));
  }

  private onToggle(): void {
    this.expanded = !this.expanded;
  }

  private onFieldLink(e: MouseEvent): void {
    // The banner never navigates: no hash change for an app's router to react to.
    e.preventDefault();
    const id = (e.currentTarget as HTMLElement).dataset.target ?? '';
    const root = this.getRootNode() as Document | ShadowRoot;
    const control = root.getElementById?.(id);
    if (control instanceof HTMLElement) {
      control.focus();
      control.scrollIntoView?.({ block: 'center' });
    }
  }

  private async onCopy(): Promise<void> {
    const text = this.reference;
    if (!text) return;
    this.clipboard ??= new CopyFeedbackController(this);
    if (!(await this.clipboard.copy(text))) {
      // Copying is blocked here: select the reference so the operator can copy it by hand.
      const value = this.renderRoot.querySelector('#reference-value');
      const selection = getSelection();
      if (value && selection) selection.selectAllChildren(value);
    } else if (this.isConnected) {
      // A second copy is news too (this banner's token), but not from a banner already gone.
      void announce(this.label('reference.copied'), 'polite', {
        lang: this.i18n.textLang,
        from: (this.voice ??= {}),
      });
      this.emit(new FaultlineCopyEvent({ text, what: 'reference' }));
    }
  }

  private onSlotChange(e: Event): void {
    const slot = e.currentTarget as HTMLSlotElement;
    const filled = slot.assignedNodes({ flatten: true }).length > 0;
    if (filled === this.slotted.has(slot.name)) return;
    const next = new Set(this.slotted);
    if (filled) next.add(slot.name);
    else next.delete(slot.name);
    this.slotted = next;
  }

  private onRetryFailure(e: CustomEvent<RetryEventDetail>): void {
    if (Number.isFinite(e.detail?.attempt)) this.counted = e.detail.attempt;
    if (e.detail?.error) this.retried = e.detail.error;
  }

  private onRetryExhausted(): void {
    this.exhausted = true;
  }

  // Templates are written without whitespace between tags: each indent would be a text node
  // cloned, inserted and styled per banner, and a thousand banners pay for every one of them.
  protected override render() {
    if (!this.hasError) return nothing;
    const page = this.variant === 'page';
    const { headline, nextStep, detail } = this.text;
    const { retry, buttons } = this.actions;
    const contact = buttons.includes('contact-support')
      ? contactViews(this.i18n.config?.contact)
      : EMPTY;
    // An empty row would still take a gap's worth of space.
    const showsRetry = retry && (this.runsRetry || this.slotted.has('retry'));
    const empty = !showsRetry && !buttons.length && !this.slotted.has('actions');
    // The name is the severity and the headline, as one attribute: a hidden element to point
    // aria-labelledby at would be three more nodes and a part per banner. Text goes in through
    // `.textContent`, which needs no marker comment the way a child binding does.
    // prettier-ignore
    return html`<div part="base" class="base" ?hidden=${!this.open} role=${page ? 'region' : 'group'} aria-label=${this.label(`severity.${this.severity}`) + this.label('banner.separator') + headline} lang=${this.i18n.textLang}><span part="icon" class="icon" aria-hidden="true"></span><div class="body"><p part="headline" id="headline" class="headline" tabindex=${page ? '-1' : nothing} .textContent=${headline}></p><p part="next-step" class="next-step" .textContent=${nextStep}></p>${
      detail || this.fields.length || this.reference ? this.renderExtras(detail) : nothing
    }<div part="actions" class=${empty ? 'actions empty' : 'actions'} role="group" aria-label=${this.label('banner.actions')}>${
      retry || buttons.length ? this.renderButtons(retry, buttons, contact) : nothing
    }<slot name="actions" @slotchange=${this.onSlotChange}></slot></div></div>${
      this.dismissible
        ? html`<button part="close-button" class="close" type="button" aria-label=${this.label('actions.dismiss')} @click=${this.dismiss}><svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">${CLOSE_ICON}</svg></button>`
        : nothing
    }</div>`;
  }

  /** Only what is there: every binding left empty would still cost a marker per banner. */
  private renderExtras(detail: string | undefined) {
    const parts: unknown[] = [];
    if (detail) parts.push(this.renderDetail(detail));
    if (this.fields.length) parts.push(this.renderFields());
    if (this.reference) parts.push(this.renderReference(this.reference));
    return parts;
  }

  private renderButtons(
    retry: boolean,
    buttons: readonly BannerButton[],
    contact: readonly ContactView[],
  ) {
    const parts: unknown[] = [];
    if (retry) parts.push(this.renderRetry());
    for (const action of buttons) {
      // The label is the button's text, set through .textContent (no marker comment).
      // prettier-ignore
      // eslint-disable-next-line lit-a11y/accessible-name
      parts.push(html`<button type="button" class="action" data-action=${action} @click=${this.onAction} .textContent=${this.label(BUTTON_LABELS[action])}></button>`);
    }
    if (contact.length) {
      // Each item finds its own direction: a phone number or an address stays left to right in
      // an Arabic banner, where its digit groups would otherwise run in reverse order.
      // prettier-ignore
      parts.push(html`<span class="contact">${contact.map((c) => (c.href ? html`<a href=${c.href} dir=${c.ltr ? 'ltr' : 'auto'}>${c.text}</a>` : html`<span dir=${c.ltr ? 'ltr' : 'auto'}>${c.text}</span>`))}</span>`);
    }
    // One template on its own, not in a list: a list adds two marker comments per item.
    return parts.length === 1 ? parts[0] : parts;
  }

  private renderDetail(detail: string) {
    const { t } = this.i18n;
    const long = isLong(detail);
    const vendor = this.current.vendor;
    // prettier-ignore
    return html`<div part="detail" class="detail"><span class="detail-label">${vendor ? t('banner.detailFrom', { vendor: vendorName(vendor, t) }) : this.label('banner.detail')}</span><p id="detail" dir="auto" class=${long && !this.expanded ? 'detail-text clamped' : 'detail-text'}>${detail}</p>${
      long && (this.expanded || this.clipped)
        ? html`<button class="toggle" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="detail" @click=${this.onToggle}>${this.label(this.expanded ? 'actions.showLess' : 'actions.showMore')}</button>`
        : nothing
    }</div>`;
  }

  private renderFields() {
    const root = this.getRootNode() as Document | ShadowRoot;
    // prettier-ignore
    return html`<div part="fields" class="fields"><p id="fields-heading" class="fields-heading">${this.label('fields.heading')}</p><ul aria-labelledby="fields-heading">${this.fields.map((f) => {
      // A linked field is named as its form names it; the payload's key is the fallback.
      const name = (f.target && controlLabel(root, f.target)) || f.field || this.label('fields.general');
      const content = html`<span class="field-name">${name}</span>${f.message ? html`: <span class="field-message" dir="auto">${f.message}</span>` : nothing}`;
      return html`<li>${f.target ? html`<a href="#${f.target}" data-target=${f.target} @click=${this.onFieldLink}>${content}</a>` : content}</li>`;
    })}</ul></div>`;
  }

  /**
   * The reference is an identifier: left to right in every language. The copy button is named
   * "Copy reference" (its visible "Copy" included), so a page of banners has no row of "Copy"s;
   * once copied, its name is its visible "Copied", and the announcement says what was copied.
   */
  private renderReference(reference: string) {
    const copied = this.clipboard?.copied ?? false;
    // prettier-ignore
    return html`<p part="reference" class="reference"><span id="reference-label">${this.label('reference.label')}</span><code id="reference-value" dir="ltr">${reference}</code><button class="copy" type="button" aria-label=${copied ? nothing : this.label('reference.copy')} @click=${this.onCopy}>${this.label(copied ? 'actions.copied' : 'actions.copy')}</button></p>`;
  }

  /**
   * The retry control: the built-in `<retry-button>` (under whatever tag the app registered it)
   * when `retryAction` is a function, else the `retry` slot for the app's own.
   */
  protected renderRetry() {
    if (!this.runsRetry) return html`<slot name="retry" @slotchange=${this.onSlotChange}></slot>`;
    // Only a tag name from the custom-element registry reaches unsafeStatic, never payload text.
    const tag = unsafeStatic(tagFor(RetryButton, 'retry-button'));
    // prettier-ignore
    return staticHtml`<${tag} .error=${this.normalized} .attempt=${this.attempt} .action=${this.retryAction} ?auto=${this.autoRetry} @faultline-retry-failure=${this.onRetryFailure} @faultline-retry-exhausted=${this.onRetryExhausted}></${tag}>`;
  }
}
