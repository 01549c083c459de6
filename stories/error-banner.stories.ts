import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ERROR_KINDS, normalizeError } from '../src/index.js';
import type { BannerVariant } from '../src/elements/error-banner/error-banner.types.js';
import { BANNER_VARIANTS } from '../src/elements/error-banner/error-banner.types.js';
import type { ErrorBanner, ErrorKind, RetryButton } from '../src/index.js';
import { RetryStatus } from '../src/elements/retry-button/retry-button.js';
import type { RetryTask } from '../src/elements/retry-button/retry-button.js';
import { BANNER_BUTTONS_ONLY, BANNER_SLOTTED_ONLY, BANNER_TOAST_ONLY } from './controls.js';
import { cssChoice, noInput, unused } from './controls.js';
import { clickPart, drive, until, updated } from './drive.js';
import {
  KIND_EXAMPLES,
  exampleError,
  failAfter,
  kindLabel,
  succeedAfter,
  uid,
} from './examples.js';
import { GALLERY } from './vendor-gallery.js';
import { BANNER_EXHAUSTED_SOURCE, BANNER_RETRIED_SOURCE, BANNER_SOURCE } from './source.js';

type Handler = (e: Event) => void;

interface Args {
  /** Which failure (one realistic payload per kind, see stories/examples.ts). */
  kind: ErrorKind;
  /** HTTP method of the failed request: GET reads, POST/PUT/PATCH/DELETE writes. */
  method: string;
  critical: boolean;
  variant: BannerVariant;
  dismissible: boolean;
  open: boolean;
  /** Retries already made for this operation. */
  attempt: number;
  /** The session was already refreshed once. */
  refreshed: boolean;
  /** Give the banner a `retryAction`, so it shows the built-in retry button. */
  withRetry: boolean;
  autoRetry: boolean;
  onFaultlineSignIn?: Handler;
  onFaultlineRefreshSession?: Handler;
  onFaultlineReload?: Handler;
  onFaultlineContactSupport?: Handler;
  onFaultlineDismiss?: Handler;
  onFaultlineCopy?: Handler;
}

/** The banner for `args`, from the kind's raw payload plus the request attributes. */
function banner(args: Args, error?: unknown) {
  const example = KIND_EXAMPLES[args.kind] ?? KIND_EXAMPLES.unknown;
  return html`<error-banner
    .error=${error ?? example.input}
    status=${ifDefined(error ? undefined : example.init.status)}
    method=${ifDefined(error ? undefined : args.method || example.init.method)}
    endpoint=${ifDefined(error ? undefined : example.init.endpoint)}
    ?critical=${args.critical}
    variant=${args.variant}
    ?dismissible=${args.dismissible}
    ?open=${args.open}
    .attempt=${args.attempt ?? 0}
    ?refreshed=${args.refreshed}
    .retryAction=${args.withRetry ? succeedAfter(1500) : undefined}
    ?auto-retry=${args.autoRetry}
    @faultline-sign-in=${args.onFaultlineSignIn}
    @faultline-refresh-session=${args.onFaultlineRefreshSession}
    @faultline-reload=${args.onFaultlineReload}
    @faultline-contact-support=${args.onFaultlineContactSupport}
    @faultline-dismiss=${args.onFaultlineDismiss}
    @faultline-copy=${args.onFaultlineCopy}
  ></error-banner>`;
}

/**
 * `<error-banner>` tells the operator what happened and what to do next, and offers exactly the
 * actions the retry policy allows (retry, sign in, reload, contact support). It takes any
 * payload (`.error`: a parsed body, raw text, a thrown error, or a normalized error) and never
 * shows raw server text: the vendor's message appears only when the vendor marked it public.
 *
 * Use the **kind** control to see every failure, **method** to see how a failed save differs from
 * a failed load, and the toolbar to switch language, direction and theme.
 */
const meta: Meta<Args> = {
  title: 'Elements/error-banner',
  component: 'error-banner',
  parameters: { docs: { source: { code: BANNER_SOURCE, language: 'html', type: 'code' } } },
  render: (args) => banner(args),
  argTypes: {
    kind: {
      control: 'select',
      options: [...ERROR_KINDS],
      description: 'The failure (an example payload per kind)',
      table: { category: 'story' },
    },
    method: {
      control: 'select',
      options: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    },
    variant: { control: 'inline-radio', options: [...BANNER_VARIANTS] },
    // Only "App actions" slots content of its own, and gives this its input back.
    ...noInput(...BANNER_SLOTTED_ONLY),
    withRetry: {
      control: 'boolean',
      description: 'Set `retryAction`, so the built-in `<retry-button>` is shown',
      table: { category: 'story' },
    },
  },
  args: {
    kind: 'server',
    method: 'GET',
    critical: false,
    variant: 'inline',
    dismissible: false,
    open: true,
    attempt: 0,
    refreshed: false,
    withRetry: true,
    autoRetry: false,
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Change any control; the banner follows. */
export const Default: Story = {};

/** Every kind at once, as a read (GET). Switch the method control to POST for the save variants. */
export const AllKinds: Story = {
  name: 'All kinds',
  argTypes: unused<Args>('kind'),
  render: (args) =>
    html`<div style="display: grid; gap: 1.25rem">
      ${ERROR_KINDS.map(
        (kind) =>
          html`<section aria-label=${kindLabel(kind)} style="display: grid; gap: 0.375rem">
            <h3 style="margin: 0; font: 600 0.8125rem/1.2 ui-monospace, monospace">${kind}</h3>
            ${banner({ ...args, kind })}
          </section>`,
      )}
    </div>`,
};

const kindStory = (kind: ErrorKind): Story => ({
  name: `Kind: ${kindLabel(kind)}`,
  args: { kind },
});

export const Validation = kindStory('validation');
export const Unauthenticated = kindStory('unauthenticated');
export const Forbidden = kindStory('forbidden');
export const NotFound = kindStory('not_found');
export const Conflict = kindStory('conflict');
export const PayloadTooLarge = kindStory('payload_too_large');
export const RateLimited = kindStory('rate_limited');
export const RequestFailed = kindStory('request_failed');
export const Timeout = kindStory('timeout');
export const Unavailable = kindStory('unavailable');
export const Server = kindStory('server');
export const Network = kindStory('network');
export const Aborted = kindStory('aborted');
export const Unsupported = kindStory('unsupported');
export const Unknown = kindStory('unknown');

const warning = GALLERY.get('fluent/GraphQL C00023W');
const warningError = warning && normalizeError(warning.input, warning.init);

/** The warnings and errors here are their own payloads and offer no retry and no buttons. */
const WARNING_FIXED = {
  ...unused<Args>('kind', 'method', 'critical', 'attempt', 'refreshed', 'withRetry', 'autoRetry'),
  ...noInput(...BANNER_BUTTONS_ONLY),
};

/** A warning (Fluent's `…W` codes): amber, announced politely, same layout. */
export const Warning: Story = {
  argTypes: WARNING_FIXED,
  render: (args) => banner(args, warningError),
};

/** The two severities side by side. */
export const ErrorAndWarning: Story = {
  name: 'Error vs warning',
  argTypes: WARNING_FIXED,
  render: (args) =>
    html`<div style="display: grid; gap: 1rem">
      ${banner({ ...args, kind: 'validation', method: 'POST' })} ${banner(args, warningError)}
    </div>`,
};

/** The default: sits in the page flow where the failed content would be. */
export const Inline: Story = { args: { variant: 'inline' } };

/** Fixed to the viewport's end corner, above the page. */
export const Toast: Story = {
  args: { variant: 'toast', dismissible: true },
  parameters: { docs: { story: { inline: false, height: '16rem' } } },
};

/** A blocking failure that replaces the page's content; focus moves to its headline. */
export const Page: Story = {
  args: { variant: 'page', kind: 'unavailable' },
  parameters: { docs: { story: { inline: false, height: '18rem' } } },
};

/** A close button (and Escape) dismiss it; focus goes back to where it was. */
export const Dismissible: Story = {
  args: { dismissible: true, kind: 'conflict' },
  render: (args) => {
    const id = uid('dismissible');
    const reopen = () => {
      // The wrapper has the id: the banner is inside it.
      const el = document.getElementById(id)?.querySelector<ErrorBanner>('error-banner');
      if (el) el.open = true;
    };
    return html`<div style="display: grid; gap: 0.75rem; justify-items: start">
      <div id=${id} style="display: contents">${banner(args)}</div>
      <button type="button" @click=${reopen}>Show the banner again</button>
    </div>`;
  },
};

/**
 * Field errors of a public validation error, each a link that focuses its form control
 * (`fieldTargets` maps field names to control ids).
 */
export const FieldErrors: Story = {
  name: 'Field errors',
  args: { kind: 'validation', method: 'POST', withRetry: false },
  argTypes: {
    ...unused<Args>('kind', 'critical', 'attempt', 'refreshed', 'withRetry', 'autoRetry'),
    ...noInput(...BANNER_BUTTONS_ONLY),
  },
  render: (args) => {
    const quantity = uid('quantity');
    const email = uid('email');
    const error = normalizeError(
      {
        errors: {
          quantity: ['must be greater than or equal to 1'],
          contact_email: ['is not an e-mail address'],
        },
      },
      { status: 422, method: args.method, endpoint: '/api/orders' },
    );
    return html`<div style="display: grid; gap: 1rem; max-inline-size: 40rem">
      <error-banner
        .error=${error}
        .fieldTargets=${{ quantity, contact_email: email }}
        variant=${args.variant}
        ?dismissible=${args.dismissible}
        ?open=${args.open}
      ></error-banner>
      <form
        style="display: grid; gap: 0.75rem"
        aria-label="New order"
        @submit=${(e: Event) => e.preventDefault()}
      >
        <label style="display: grid; gap: 0.25rem" for=${quantity}>Quantity</label>
        <input id=${quantity} name="quantity" type="number" value="0" />
        <label style="display: grid; gap: 0.25rem" for=${email}>Contact e-mail</label>
        <input id=${email} name="contact_email" type="text" value="kari at acme" />
      </form>
    </div>`;
  },
};

const LONG_MESSAGE =
  'The order cannot be activated because the assigned vendor’s certification for this product ' +
  'line expired on 2026-10-31 and the replacement certificate uploaded on 2026-11-02 is still ' +
  'waiting for compliance review; the order keeps its draft state until a certified vendor is ' +
  'assigned or the review is approved. Orders in draft state are not picked, packed or invoiced, ' +
  'and their reserved stock is released back to the warehouse after 14 days unless the order is ' +
  'activated before then; contact the vendor manager to speed up the compliance review.';

const longError = (method: string) =>
  normalizeError(
    { message: LONG_MESSAGE, error_id: 'err-7f3a-2c91' },
    { status: 409, method, endpoint: '/api/orders/17/activate' },
  );

/**
 * A long public message is clamped to three lines with "Show more", offered only while the
 * lines hide something (widen the canvas and it goes).
 */
export const LongText: Story = {
  name: 'Long text',
  args: { kind: 'conflict', method: 'POST', withRetry: false },
  // A conflict is never retried, and `critical` or `refreshed` change nothing about it.
  argTypes: unused<Args>('kind', 'critical', 'refreshed', 'withRetry', 'autoRetry'),
  render: (args) => banner(args, longError(args.method)),
};

const correlated = GALLERY.get('omnivalvms/500 with correlation id');

/** A reference (error or correlation id) to quote to support, with a copy button. */
export const Reference: Story = {
  argTypes: unused<Args>('kind', 'refreshed'),
  render: (args) =>
    banner(
      args,
      correlated &&
        normalizeError(correlated.input, {
          ...correlated.init,
          method: args.method,
          critical: args.critical,
        }),
    ),
};

/** A critical (P0) write is never replayed: reload and check the history first. */
export const CriticalWrite: Story = {
  name: 'Critical write',
  args: { kind: 'server', method: 'POST', critical: true },
};

/** A 401 after the session was already refreshed once: sign in. */
export const SessionRefreshFailed: Story = {
  name: 'Session refresh failed',
  args: { kind: 'unauthenticated', refreshed: true },
};

/** Actions of the app's own, in the `actions` slot (and the `retry` slot without retryAction). */
export const AppActions: Story = {
  name: 'App actions (slots)',
  args: { kind: 'server', withRetry: false },
  argTypes: {
    ...unused<Args>(
      'method',
      'critical',
      'variant',
      'dismissible',
      'open',
      'attempt',
      'refreshed',
      'withRetry',
      'autoRetry',
    ),
    ...noInput(...BANNER_TOAST_ONLY),
    ...cssChoice('--faultline-banner-color-scheme', ['light', 'dark']),
  },
  render: (args) => {
    const example = KIND_EXAMPLES[args.kind];
    return html`<error-banner .error=${example.input} status=${ifDefined(example.init.status)}>
      <button slot="retry" type="button">Load again</button>
      <a slot="actions" href="#status">Service status</a>
    </error-banner>`;
  },
};

/** Arabic, laid out right to left (whatever the toolbar says). */
export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  args: { kind: 'validation', method: 'POST', dismissible: true },
  // The conflict is never retried and the server error only by hand: these change neither.
  argTypes: unused<Args>('kind', 'refreshed', 'withRetry', 'autoRetry'),
  render: (args) =>
    html`<error-provider lang="ar">
      <div style="display: grid; gap: 1rem">
        ${banner(args, longError(args.method))}
        ${banner({ ...args, kind: 'server', method: 'GET', withRetry: true })}
      </div>
    </error-provider>`,
};

/** Clicks the banner's built-in `<retry-button>`, then waits until it reaches `state`. */
const retryUntil = (state: RetryStatus) => async (el: HTMLElement) => {
  await updated(el);
  const button = () => el.shadowRoot?.querySelector<RetryButton>('retry-button') ?? null;
  await until(() => button() !== null);
  const retry = button() as RetryButton;
  await clickPart(retry, 'base');
  await until(() => retry.state === state);
};

/** Clicks the banner's built-in `<retry-button>`, then waits until the banner shows `kind`. */
const retryUntilKind = (kind: ErrorKind) => async (el: HTMLElement) => {
  await updated(el);
  await until(() => el.shadowRoot?.querySelector('retry-button') != null);
  await clickPart(el.shadowRoot!.querySelector<RetryButton>('retry-button')!, 'base');
  await until(() => (el as ErrorBanner).normalizedError.kind === kind);
};

/**
 * A 503 whose built-in retry the story presses, up to `state` of its button, or until the banner
 * shows a failure of another kind; the args set only its look.
 */
const retried = (args: Args, action: RetryTask, goal: RetryStatus | ErrorKind) => {
  const isStatus = (Object.values(RetryStatus) as string[]).includes(goal);
  const play = isStatus ? retryUntil(goal as RetryStatus) : retryUntilKind(goal as ErrorKind);
  return html`<error-banner
    ${drive(args, play)}
    .error=${exampleError('unavailable', { method: 'GET' })}
    .retryAction=${action}
    variant=${args.variant}
    ?dismissible=${args.dismissible}
    ?open=${args.open}
  ></error-banner>`;
};

const RETRY_WORKS = succeedAfter(300);
const RETRY_FAILS = failAfter(300);

/** The failure and its retry are the story's own: only variant, dismissible and open apply. */
const FIXED_FAILURE = unused<Args>(
  'kind',
  'method',
  'critical',
  'attempt',
  'refreshed',
  'withRetry',
  'autoRetry',
);

/**
 * The built-in retry worked: "Trying again worked." in the banner, which keeps showing the
 * failure until the app clears it (`error = null`, on `faultline-retry-success`), so the operator
 * sees the outcome before it goes.
 */
export const RetryWorked: Story = {
  name: 'Retry worked',
  argTypes: { ...FIXED_FAILURE, ...noInput(...BANNER_BUTTONS_ONLY) },
  parameters: { docs: { source: { code: BANNER_RETRIED_SOURCE, language: 'html', type: 'code' } } },
  render: (args) => retried(args, RETRY_WORKS, RetryStatus.succeeded),
};

/**
 * The built-in retry failed differently: the service answered the retry with a 400. The banner
 * now describes that failure, with the service's message and its reference, and offers what it
 * allows: the details to fix, nothing to retry.
 */
export const RetryFailedDifferently: Story = {
  name: 'Retry failed differently',
  argTypes: { ...FIXED_FAILURE, ...noInput(...BANNER_BUTTONS_ONLY) },
  parameters: { docs: { source: { code: BANNER_RETRIED_SOURCE, language: 'html', type: 'code' } } },
  render: (args) =>
    retried(args, failAfter(300, exampleError('validation', { method: 'GET' })), 'validation'),
};

/**
 * The built-in retry ran out (here the provider's policy allows one attempt): the next step
 * becomes "Trying again has not helped. Contact support." and Contact support replaces the
 * retry button.
 */
export const RetryExhausted: Story = {
  name: 'Retry ran out',
  argTypes: FIXED_FAILURE,
  parameters: {
    docs: { source: { code: BANNER_EXHAUSTED_SOURCE, language: 'html', type: 'code' } },
  },
  render: (args) =>
    html`<error-provider .policy=${{ maxAttempts: 1 }}
      >${retried(args, RETRY_FAILS, RetryStatus.exhausted)}</error-provider
    >`,
};
