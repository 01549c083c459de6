import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ERROR_KINDS, normalizeError } from '../src/index.js';
import type { ErrorKind, RetryButton } from '../src/index.js';
import { CONFIRM_MODES, RetryStatus } from '../src/elements/retry-button/retry-button.js';
import type { ConfirmMode } from '../src/elements/retry-button/retry-button.js';
import { clickOffline, clickPart, drive, until } from './drive.js';
import { KIND_EXAMPLES, failAfter, runForever, succeedAfter } from './examples.js';
import { RETRY_SOURCE } from './source.js';

const OUTCOMES = ['succeeds', 'fails again', 'keeps running'] as const;
type Outcome = (typeof OUTCOMES)[number];

type Handler = (e: Event) => void;

interface Args {
  /** The failure being retried (an example payload per kind). */
  kind: ErrorKind;
  /** HTTP method of the failed request: a write retried by hand asks first. */
  method: string;
  critical: boolean;
  /** Seconds the server asked to wait (Retry-After); 0 for none. */
  retryAfter: number;
  /** What the next attempt does. */
  outcome: Outcome;
  /** Milliseconds an attempt takes. */
  duration: number;
  maxAttempts?: number;
  auto: boolean;
  confirm: ConfirmMode;
  /** Click the button when the story opens, then wait for this state (a person's click). */
  clickUntil?: RetryStatus;
  /** Make that click while the browser is offline. */
  offline?: boolean;
  /** Then press Cancel beside the running attempt. */
  cancel?: boolean;
  onFaultlineRetryStart?: Handler;
  onFaultlineRetrySuccess?: Handler;
  onFaultlineRetryFailure?: Handler;
  onFaultlineRetryExhausted?: Handler;
}

const ACTIONS: Readonly<
  Record<Outcome, (ms: number) => (signal: AbortSignal) => Promise<unknown>>
> = {
  succeeds: (ms) => succeedAfter(ms),
  'fails again': (ms) => failAfter(ms, normalizeError('', { status: 503 })),
  'keeps running': () => runForever,
};

function errorOf(args: Args) {
  const example = KIND_EXAMPLES[args.kind] ?? KIND_EXAMPLES.unknown;
  return normalizeError(example.input, {
    ...example.init,
    method: args.method || example.init.method,
    critical: args.critical,
    headers: args.retryAfter > 0 ? { 'Retry-After': String(args.retryAfter) } : undefined,
  });
}

/** What a person (and the browser) did to reach the story's state: `clickUntil`, then `cancel`. */
const steps =
  ({ clickUntil: state, offline, cancel }: Args) =>
  async (el: HTMLElement) => {
    if (!state) return;
    await (offline ? clickOffline(el, 'base') : clickPart(el, 'base'));
    await until(() => (el as RetryButton).state === state);
    if (!cancel) return;
    await clickPart(el, 'abort-button');
    await until(() => (el as RetryButton).state === RetryStatus.idle);
  };

/**
 * `<retry-button>` retries a failed operation as far as the retry policy allows: a countdown for
 * advised delays, one attempt at a time, bounded attempts, and a confirmation before a write is
 * repeated. Where no retry is allowed it says why instead of showing a dead button.
 *
 * The reflected `state` attribute is `idle`, `waiting` (a countdown, or offline: waiting for the
 * connection), `confirming`, `running`, `succeeded`, `failed`, `exhausted` or `blocked`; each
 * has a story below. Use **outcome** to decide what the next attempt does, then click the button.
 */
const meta: Meta<Args> = {
  title: 'Elements/retry-button',
  component: 'retry-button',
  parameters: { docs: { source: { code: RETRY_SOURCE, language: 'html', type: 'code' } } },
  render: (args) =>
    html`<retry-button
      ${drive(args, steps(args))}
      .error=${errorOf(args)}
      .action=${ACTIONS[args.outcome](args.duration)}
      .maxAttempts=${args.maxAttempts}
      ?auto=${args.auto}
      confirm=${args.confirm}
      @faultline-retry-start=${args.onFaultlineRetryStart}
      @faultline-retry-success=${args.onFaultlineRetrySuccess}
      @faultline-retry-failure=${args.onFaultlineRetryFailure}
      @faultline-retry-exhausted=${args.onFaultlineRetryExhausted}
    ></retry-button>`,
  argTypes: {
    kind: { control: 'select', options: [...ERROR_KINDS], table: { category: 'story' } },
    method: {
      control: 'select',
      options: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      table: { category: 'story' },
    },
    critical: { control: 'boolean', table: { category: 'story' } },
    retryAfter: {
      control: { type: 'number', min: 0, max: 600 },
      description: 'Retry-After in seconds (0: none)',
      table: { category: 'story' },
    },
    outcome: { control: 'inline-radio', options: [...OUTCOMES], table: { category: 'story' } },
    duration: {
      control: { type: 'number', min: 0, step: 250 },
      description: 'How long an attempt takes (ms)',
      table: { category: 'story' },
    },
    maxAttempts: { control: { type: 'number', min: 0, max: 10 } },
    confirm: { control: 'inline-radio', options: [...CONFIRM_MODES] },
    clickUntil: { table: { disable: true } },
    offline: { table: { disable: true } },
    cancel: { table: { disable: true } },
  },
  args: {
    kind: 'unavailable',
    method: 'GET',
    critical: false,
    retryAfter: 0,
    outcome: 'succeeds',
    duration: 1500,
    auto: false,
    confirm: 'once',
  },
};
export default meta;

type Story = StoryObj<Args>;

/** `idle`: "Try again". Click it: the attempt runs, then succeeds. */
export const Idle: Story = {};

/** `waiting`: the server asked to wait 30 s (Retry-After); the button counts down, inert. */
export const Countdown: Story = {
  args: { kind: 'rate_limited', retryAfter: 30 },
};

/** `waiting` with `auto`: the kit retries by itself after its backoff; a click starts it now. */
export const AutoRetry: Story = {
  name: 'Automatic retry',
  args: { auto: true, kind: 'timeout', duration: 2500 },
};

/** `running`: one attempt at a time; the button stays focusable but ignores clicks. */
export const Running: Story = {
  args: { outcome: 'keeps running', clickUntil: RetryStatus.running },
};

/**
 * `running`, then Cancel: the attempt stops (its signal aborts, its result is dropped, and no
 * failure is reported) and "Try again" is back.
 */
export const Cancelled: Story = {
  name: 'Running, then cancelled',
  args: { outcome: 'keeps running', clickUntil: RetryStatus.running, cancel: true },
};

/**
 * `waiting` offline: pressed while the browser is offline, the attempt is not spent on a dropped
 * network. "Waiting for the connection", with Cancel; back online, "Try again" is offered again
 * (an `auto` retry starts by itself).
 */
export const Offline: Story = {
  args: { clickUntil: RetryStatus.waiting, offline: true },
};

/** `confirming`: a write retried by hand asks first, inline, once per error and again after a Cancel. */
export const Confirmation: Story = {
  args: { kind: 'server', method: 'POST', clickUntil: RetryStatus.confirming },
};

/** `confirming` with `confirm="always"`: every attempt asks. */
export const ConfirmEveryTime: Story = {
  name: 'Confirmation every time',
  args: { kind: 'server', method: 'PATCH', confirm: 'always', clickUntil: RetryStatus.confirming },
};

/** `succeeded`: "Trying again worked." in words, and no button: nothing is left to retry. */
export const Success: Story = {
  args: { duration: 200, clickUntil: RetryStatus.succeeded },
};

/** `failed`: the attempt failed again; the new error's next step, and the button again. */
export const Failed: Story = {
  name: 'Failed again',
  args: { outcome: 'fails again', duration: 200, clickUntil: RetryStatus.failed },
};

/** `exhausted`: no attempts left, support is the next step. */
export const Exhausted: Story = {
  args: {
    outcome: 'fails again',
    duration: 200,
    maxAttempts: 1,
    clickUntil: RetryStatus.exhausted,
  },
};

/** `blocked`: the advice allows no retry (403: check access), so a reason replaces the button. */
export const NotAllowed: Story = {
  name: 'Not allowed',
  args: { kind: 'forbidden' },
};

/** `blocked` on a critical (P0) write: never replayed, reload and check the history. */
export const CriticalWrite: Story = {
  name: 'Not allowed: critical write',
  args: { kind: 'server', method: 'POST', critical: true },
};
