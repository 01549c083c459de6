import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/retry-button/retry-button.define.js';
import '../../src/elements/error-provider/error-provider.define.js';
import type { RetryButton } from '../../src/elements/retry-button/retry-button.js';
import { warningsDuring } from '../warnings.js';
import { liveRegion } from '../../src/controllers/announcer.js';
import { normalizeError } from '../../src/core.js';
import type { NormalizeInit } from '../../src/core.js';
import type { FaultlineRetryStartEvent } from '../../src/events/retry-start.js';
import { createI18n } from '../../src/i18n/index.js';

const READ: NormalizeInit = { method: 'GET', endpoint: '/orders/17' };
const POST: NormalizeInit = { method: 'POST', endpoint: '/orders/17/notes' };
const ACTIVATE: NormalizeInit = { method: 'POST', endpoint: '/orders/17/activate', critical: true };
const unavailable = (init: NormalizeInit = READ, headers?: Record<string, string>) =>
  normalizeError({ message: 'Service Unavailable' }, { ...init, status: 503, headers });

/** An action whose attempts the test settles one by one. */
function controlledAction() {
  const calls: { signal: AbortSignal; resolve(v: unknown): void; reject(e: unknown): void }[] = [];
  const action = (signal: AbortSignal) =>
    new Promise<unknown>((resolve, reject) => calls.push({ signal, resolve, reject }));
  return { action, calls };
}

const part = (el: RetryButton, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: RetryButton, name: string) =>
  part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
const focused = (el: RetryButton) => el.shadowRoot!.activeElement;

/** Lets a settled attempt reach the element, also under fake timers (microtasks only). */
async function flush(el: RetryButton): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await el.updateComplete;
}

/** Records what reaches the live regions (both politeness levels), in order. */
function listen() {
  liveRegion('polite');
  liveRegion('assertive');
  const heard: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) if (n.nodeName === 'P') heard.push(n.textContent ?? '');
  });
  observer.observe(document.getElementById('faultline-live-region')!, {
    childList: true,
    subtree: true,
  });
  return { heard, stop: () => observer.disconnect() };
}

async function make(error: unknown, extra: Partial<RetryButton> = {}) {
  const { action, calls } = controlledAction();
  const el = await fixture<RetryButton>(
    html`<retry-button .error=${error} .action=${action}></retry-button>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return { el, calls };
}

// A timer set before the fake clock (open-wc's fixture, the announcer) may be cleared under it:
// natively and quietly, rather than with a warning in the test output.
const FAKE_TIMERS = {
  toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'],
  shouldClearNativeTimers: true,
} satisfies Parameters<typeof sinon.useFakeTimers>[0];

describe('<retry-button>', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  // The announcer skips a message still showing from an earlier test: start each test empty.
  beforeEach(() => {
    liveRegion('polite').replaceChildren();
    liveRegion('assertive').replaceChildren();
  });
  afterEach(async () => {
    // Pending announcements go out before the real timers are back, or their batch would wait
    // forever for a fake timer and take every later message with it.
    await clock?.tickAsync(500);
    clock?.restore();
    clock = undefined;
  });

  it('offers "Try again" for a failure that may be retried, and nothing without an error', async () => {
    const { el } = await make(unavailable());
    expect(text(el, 'label')).to.equal('Try again');
    expect(el.getAttribute('state')).to.equal('idle');
    expect(part(el, 'status')).to.equal(null);
    await expect(el).to.be.accessible();
    const empty = await fixture<RetryButton>(html`<retry-button></retry-button>`);
    expect(empty.shadowRoot!.children).to.have.length(0);
    // Waiting, it carries no state of its own (a server-rendered page keeps its markup), and
    // it drops the state again when the error goes.
    expect(empty.hasAttribute('state')).to.equal(false);
    el.error = undefined;
    await el.updateComplete;
    expect(el.hasAttribute('state')).to.equal(false);
    expect(el.shadowRoot!.children).to.have.length(0);
  });

  it('starts one attempt however fast it is clicked, and stays focusable while busy', async () => {
    const { el, calls } = await make(unavailable());
    const button = part(el, 'base')!;
    button.click();
    button.click();
    button.click();
    await el.updateComplete;
    expect(calls).to.have.length(1);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.hasAttribute('disabled')).to.equal(false);
    expect(text(el, 'label')).to.equal('Trying again…');
    expect(el.getAttribute('state')).to.equal('running');
    button.focus();
    expect(focused(el)).to.equal(button);
    await expect(el).to.be.accessible();
    expect(el.attempts).to.equal(1);
  });

  it('aborts the running attempt when the element is removed', async () => {
    const { el, calls } = await make(unavailable());
    part(el, 'base')!.click();
    expect(calls[0].signal.aborted).to.equal(false);
    el.remove();
    await Promise.resolve();
    expect(calls[0].signal.aborted).to.equal(true);
  });

  it('keeps the running attempt when the element is moved', async () => {
    const { el, calls } = await make(unavailable());
    const events: string[] = [];
    el.addEventListener('faultline-retry-success', (e) => events.push(e.type));
    part(el, 'base')!.click();
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el); // a list re-ordered, a portal: out and back in one task
    await Promise.resolve();
    expect(calls[0].signal.aborted).to.equal(false);
    calls[0].resolve('ok');
    await waitUntil(() => events.length);
    expect(el.getAttribute('state')).to.equal('succeeded');
    other.remove();
  });

  it('takes a held Enter or a double click as one try, not three', async () => {
    const { el, calls } = await make(unavailable());
    const base = part(el, 'base')!;
    base.focus();
    for (let i = 0; i < 3; i++) {
      const press = new KeyboardEvent('keydown', {
        key: 'Enter',
        repeat: i > 0,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      base.dispatchEvent(press);
      expect(press.defaultPrevented, `keydown ${i}`).to.equal(i > 0);
    }
    // A double click whose first click failed at once: the second is not another try.
    const click = (detail: number) =>
      base.dispatchEvent(new MouseEvent('click', { detail, bubbles: true, composed: true }));
    click(1);
    calls[0].reject(new TypeError('Failed to fetch'));
    await waitUntil(() => el.getAttribute('state') === 'failed');
    click(2);
    click(3);
    expect(calls).to.have.length(1);
    click(1);
    expect(calls).to.have.length(2);
  });

  it('runs from the keyboard with Enter and with Space, and keeps focus when the button goes', async () => {
    const { el, calls } = await make(unavailable());
    part(el, 'base')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(calls).to.have.length(1);
    calls[0].resolve('ok');
    await flush(el);
    expect(text(el, 'status')).to.equal('Trying again worked.');
    expect(part(el, 'base')).to.equal(null);
    expect(focused(el)).to.equal(part(el, 'status'));
    await expect(el).to.be.accessible();

    const other = await make(unavailable());
    part(other.el, 'base')!.focus();
    await sendKeys({ press: ' ' }); // Firefox's driver knows ' ', not 'Space'
    expect(other.calls).to.have.length(1);
  });

  it('counts a Retry-After down each second, announces it once, then runs the attempt by itself', async () => {
    clock = sinon.useFakeTimers(FAKE_TIMERS);
    const { heard, stop } = listen();
    const { action, calls } = controlledAction();
    const el = await fixture<RetryButton>(
      html`<retry-button
        auto
        .action=${action}
        .error=${unavailable(READ, { 'retry-after': '12' })}
      ></retry-button>`,
    );
    expect(el.getAttribute('state')).to.equal('waiting');
    expect(text(el, 'countdown')).to.equal('Trying again in 12 seconds');
    expect(part(el, 'base')!.getAttribute('aria-disabled')).to.equal('true');
    // The server asked for the wait: a click does not cut it short.
    part(el, 'base')!.click();
    expect(calls).to.have.length(0);
    await clock.tickAsync(1000);
    await el.updateComplete;
    expect(text(el, 'countdown')).to.equal('Trying again in 11 seconds');
    await clock.tickAsync(10_000);
    await el.updateComplete;
    expect(text(el, 'countdown')).to.equal('Trying again in 1 second');
    expect(calls).to.have.length(0);
    await clock.tickAsync(1000);
    await el.updateComplete;
    expect(calls).to.have.length(1);
    expect(el.getAttribute('state')).to.equal('running');
    stop();
    expect(heard.filter((h) => h.startsWith('Trying again in'))).to.deep.equal([
      'Trying again in 12 seconds',
    ]);
  });

  it('offers the retry again when its max-attempts attribute is removed', async () => {
    const { el } = await make(unavailable(READ));
    el.setAttribute('max-attempts', '0');
    await el.updateComplete;
    expect(text(el, 'label')).to.not.equal('Try again');
    el.removeAttribute('max-attempts');
    await el.updateComplete;
    expect(el.maxAttempts).to.equal(null);
    expect(text(el, 'label')).to.equal('Try again');
  });

  it('looks pressable only while it can be pressed: outlined while it counts down', async () => {
    const idle = (await make(unavailable(POST))).el;
    const waiting = (await make(unavailable(POST, { 'retry-after': '30' }))).el;
    const look = (el: RetryButton) => {
      const style = getComputedStyle(part(el, 'base')!);
      return [style.backgroundColor, style.color, style.borderTopColor];
    };
    expect(part(idle, 'base')!.getAttribute('aria-disabled')).to.equal('false');
    expect(part(waiting, 'base')!.getAttribute('aria-disabled')).to.equal('true');
    expect(look(idle)).to.deep.equal([
      'rgb(31, 95, 191)',
      'rgb(255, 255, 255)',
      'rgba(0, 0, 0, 0)',
    ]);
    // Outlined in the text colour around it: legible on any page, light or dark.
    const around = getComputedStyle(waiting).color;
    expect(look(waiting)).to.deep.equal(['rgba(0, 0, 0, 0)', around, around]);
    waiting.style.color = 'rgb(230, 230, 230)';
    expect(look(waiting)).to.deep.equal([
      'rgba(0, 0, 0, 0)',
      'rgb(230, 230, 230)',
      'rgb(230, 230, 230)',
    ]);
  });

  it('says when a wait the server asked for is over, since the button then works again', async () => {
    clock = sinon.useFakeTimers(FAKE_TIMERS);
    const { heard, stop } = listen();
    const { el, calls } = await make(unavailable(POST, { 'retry-after': '2' }));
    expect(text(el, 'countdown')).to.equal('Try again in 2 seconds');
    await clock.tickAsync(2000);
    await flush(el);
    expect(text(el, 'label')).to.equal('Try again');
    await clock.tickAsync(100);
    stop();
    expect(heard).to.include('You can try again now.');
    expect(calls).to.have.length(0);
  });

  it('counts a long wait down in the unit the banner names it in, not in thousands of seconds', async () => {
    clock = sinon.useFakeTimers(FAKE_TIMERS);
    const { heard, stop } = listen();
    // A maintenance window: two hours, handed to the operator (beyond the 5-minute cap).
    const { el } = await make(unavailable(POST, { 'retry-after': '7200' }));
    expect(text(el, 'countdown')).to.equal('Try again in 2 hours');
    await clock.tickAsync(7200_000 - 90 * 60_000);
    await el.updateComplete;
    expect(text(el, 'countdown')).to.equal('Try again in 90 minutes');
    await clock.tickAsync(90 * 60_000 - 90_000);
    await el.updateComplete;
    expect(text(el, 'countdown')).to.equal('Try again in 90 seconds');
    stop();
    expect(heard).to.include('Try again in 2 hours');
    // An automatic retry two minutes away says minutes too.
    const auto = await fixture<RetryButton>(
      html`<retry-button
        auto
        .action=${controlledAction().action}
        .error=${unavailable(READ, { 'retry-after': '120' })}
      ></retry-button>`,
    );
    expect(text(auto, 'countdown')).to.equal('Trying again in 2 minutes');
    auto.remove();
    el.remove();
    await clock.tickAsync(500);
  });

  it('asks a read with confirm="always" only "Try again?": a load is no change', async () => {
    // A failed load retried by hand (the advice for an unknown failure).
    const { el, calls } = await make(normalizeError(new Error('x'), READ), { confirm: 'always' });
    part(el, 'base')!.click();
    await el.updateComplete;
    expect(el.state).to.equal('confirming');
    expect(text(el, 'confirm')).to.equal('Try again? Yes, try again Cancel');
    expect(part(el, 'confirm')!.hasAttribute('aria-describedby')).to.equal(false);
    expect(calls).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('asks "Try again?" without calling it a change when the method is unknown', async () => {
    const { el, calls } = await make(
      normalizeError({ message: 'Service Unavailable' }, { status: 503 }),
    );
    part(el, 'base')!.click();
    await el.updateComplete;
    const group = part(el, 'confirm')!;
    expect(text(el, 'confirm')).to.equal(
      'Try again? If this was a change, check that it was not saved before you try again. Yes, try again Cancel',
    );
    expect(group.getAttribute('aria-labelledby')).to.equal('confirm-title');
    expect(calls).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('counts down the token bucket’s refill before a write may be retried by hand', async () => {
    clock = sinon.useFakeTimers(FAKE_TIMERS);
    const bucket = normalizeError(
      { message: 'Rate limit exceeded: token bucket exhausted' },
      { ...POST, status: 429 },
    );
    const { el, calls } = await make(bucket);
    expect(el.getAttribute('state')).to.equal('waiting');
    part(el, 'base')!.click();
    expect(calls).to.have.length(0);
    await clock.tickAsync(10_000);
    await flush(el);
    expect(text(el, 'label')).to.equal('Try again');
  });

  describe('offline', () => {
    const goOffline = () =>
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const goOnline = () => {
      delete (navigator as unknown as Record<string, unknown>).onLine;
      window.dispatchEvent(new Event('online'));
    };
    afterEach(() => delete (navigator as unknown as Record<string, unknown>).onLine);
    /** Offline, the operator presses Try again on a load that failed with a 503. */
    const pressedOffline = async () => {
      goOffline();
      const heard = listen();
      const made = await make(unavailable());
      part(made.el, 'base')!.click();
      await made.el.updateComplete;
      return { ...made, ...heard };
    };

    it('waits for the connection instead of spending an attempt, and can be cancelled', async () => {
      const { el, calls, heard, stop } = await pressedOffline();
      expect(calls).to.have.length(0);
      expect(el.getAttribute('state')).to.equal('waiting');
      expect(text(el, 'label')).to.equal('Waiting for the connection');
      await waitUntil(() => heard.includes('Waiting for the connection'), 'announced');
      // A connection that does not come back must not hold the operator: Cancel is there.
      part(el, 'abort-button')!.click();
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('idle');
      goOnline();
      await flush(el);
      expect(calls).to.have.length(0);
      stop();
    });

    it('offers a retry asked for by hand again once online, and says so, rather than running it', async () => {
      const { el, calls, heard, stop } = await pressedOffline();
      goOnline();
      await flush(el);
      expect(calls).to.have.length(0);
      expect(text(el, 'label')).to.equal('Try again');
      await waitUntil(() => heard.includes('You can try again now.'), 'announced');
      stop();
      part(el, 'base')!.click();
      expect(calls).to.have.length(1);
      expect(el.attempts).to.equal(1);
    });

    it('runs an automatic retry when the connection is back, the attempt not spent meanwhile', async () => {
      goOffline();
      const { action, calls } = controlledAction();
      const el = await fixture<RetryButton>(
        html`<retry-button auto .action=${action} .error=${unavailable()}></retry-button>`,
      );
      await waitUntil(() => text(el, 'label') === 'Waiting for the connection', 'waits', {
        timeout: 5000,
      });
      expect(calls).to.have.length(0);
      goOnline();
      await flush(el);
      expect(calls).to.have.length(1);
      expect(el.attempts).to.equal(1);
    });

    it('tries anyway when the operator asks again while the browser still says offline', async () => {
      // Some VPNs and Linux setups report offline while the connection works: no 'online' comes.
      const { el, calls, stop } = await pressedOffline();
      stop();
      part(el, 'abort-button')!.click();
      await el.updateComplete;
      expect(calls).to.have.length(0);
      part(el, 'base')!.click();
      await el.updateComplete;
      expect(calls).to.have.length(1);
      expect(el.getAttribute('state')).to.equal('running');
      // Pressing the waiting button itself says the same.
      const again = await pressedOffline();
      again.stop();
      expect(text(again.el, 'label')).to.equal('Waiting for the connection');
      part(again.el, 'base')!.click();
      await again.el.updateComplete;
      expect(again.calls).to.have.length(1);
      // A new failure starts trusting the browser again.
      again.el.error = unavailable();
      await again.el.updateComplete;
      part(again.el, 'base')!.click();
      await again.el.updateComplete;
      expect(text(again.el, 'label')).to.equal('Waiting for the connection');
    });

    it('tries anyway when asked again offline, also after a wait the server asked for', async () => {
      const { el, calls } = await make(unavailable(READ, { 'retry-after': '1' }));
      await waitUntil(() => text(el, 'label') === 'Try again', 'the server’s wait ended', {
        timeout: 5000,
      });
      goOffline();
      part(el, 'base')!.click();
      await el.updateComplete;
      expect(text(el, 'label')).to.equal('Waiting for the connection');
      expect(part(el, 'base')!.getAttribute('aria-disabled')).to.equal('false');
      part(el, 'base')!.click();
      await el.updateComplete;
      expect(calls).to.have.length(1);
    });

    it('drops the wait for the connection when the operator asks again and then declines', async () => {
      goOffline();
      const { el, calls } = await make(unavailable(POST), { confirm: 'always' });
      part(el, 'base')!.click();
      await el.updateComplete;
      part(el, 'confirm-button')!.click();
      await el.updateComplete;
      expect(text(el, 'label')).to.equal('Waiting for the connection');
      part(el, 'base')!.click();
      await el.updateComplete;
      part(el, 'cancel-button')!.click();
      await el.updateComplete;
      goOnline();
      await flush(el);
      expect(calls).to.have.length(0);
    });
  });

  it('lets the operator cancel an attempt that hangs, with the button offered again', async () => {
    const { el, calls } = await make(unavailable());
    part(el, 'base')!.click();
    await el.updateComplete;
    const cancel = part(el, 'abort-button')!;
    expect(cancel.textContent!.trim()).to.equal('Cancel');
    cancel.focus();
    cancel.click();
    await flush(el);
    expect(calls[0].signal.aborted).to.equal(true);
    expect(part(el, 'abort-button')).to.equal(null);
    expect(part(el, 'base')!.getAttribute('aria-disabled')).to.equal('false');
    expect(focused(el)).to.equal(part(el, 'base'));
    await expect(el).to.be.accessible();
  });

  it('stops downloading a failed response when the operator cancels while it is read', async () => {
    const { el, calls } = await make(unavailable());
    part(el, 'base')!.click();
    await el.updateComplete;
    // The attempt answered 503, and its body stalls (a fetch not given the signal).
    let cancelled = false;
    const body = new ReadableStream({
      start: (c) => c.enqueue(new TextEncoder().encode('{"message":')),
      cancel: () => {
        cancelled = true;
      },
    });
    calls[0].resolve(new Response(body, { status: 503 }));
    await flush(el);
    part(el, 'abort-button')!.click();
    await flush(el);
    expect(cancelled).to.equal(true);
    expect(part(el, 'abort-button')).to.equal(null);
    expect(part(el, 'base')!.getAttribute('aria-disabled')).to.equal('false');
  });

  it('never runs a critical write: no button, the reason and the way forward instead', async () => {
    clock = sinon.useFakeTimers(FAKE_TIMERS);
    const { action, calls } = controlledAction();
    const starts: Event[] = [];
    const el = await fixture<RetryButton>(
      html`<retry-button
        auto
        confirm="always"
        .action=${action}
        .error=${unavailable(ACTIVATE)}
        @faultline-retry-start=${(e: Event) => starts.push(e)}
      ></retry-button>`,
    );
    expect(el.getAttribute('state')).to.equal('blocked');
    expect(part(el, 'base')).to.equal(null);
    expect(part(el, 'confirm')).to.equal(null);
    expect(text(el, 'status')).to.equal(
      'This change is not repeated from here, so it cannot happen twice. Reload first to see the current state.',
    );
    el.focus();
    await clock.tickAsync(10 * 60_000);
    expect(calls).to.have.length(0);
    expect(starts).to.have.length(0);
  });

  it('asks before repeating a write, inline, with focus on the question and back', async () => {
    const { el, calls } = await make(unavailable(POST));
    part(el, 'base')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const group = part(el, 'confirm')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.textContent).to.contain(
      'Check the history first. Try again only if the change was not saved.',
    );
    expect(focused(el)).to.equal(group);
    expect(calls).to.have.length(0);
    expect(el.getAttribute('state')).to.equal('confirming');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'confirm-button'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'cancel-button'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'confirm')).to.equal(null);
    expect(focused(el)).to.equal(part(el, 'base'));
    expect(calls).to.have.length(0);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    part(el, 'cancel-button')!.click();
    await el.updateComplete;
    expect(calls).to.have.length(0);

    part(el, 'base')!.click();
    await el.updateComplete;
    part(el, 'confirm-button')!.click();
    await el.updateComplete;
    expect(calls).to.have.length(1);
    expect(focused(el)).to.equal(part(el, 'base'));

    // Once per error: the next attempt of the same error does not ask again.
    calls[0].reject(new TypeError('Failed to fetch'));
    await flush(el);
    part(el, 'base')!.click();
    expect(calls).to.have.length(2);
  });

  it('spends no attempt without a function to run, and says so in the console', async () => {
    let el!: RetryButton;
    const warnings = await warningsDuring(async () => {
      el = await fixture<RetryButton>(
        html`<retry-button
          .action=${Promise.resolve('a result, not a function') as never}
          .error=${unavailable()}
        ></retry-button>`,
      );
    });
    expect(warnings.some((w) => w.includes('<retry-button> has an error but no action'))).to.equal(
      true,
    );
    for (let i = 0; i < 4; i++) {
      part(el, 'base')!.click();
      await flush(el);
    }
    expect(el.attempts).to.equal(0);
    expect(el.getAttribute('state')).to.equal('idle');
  });

  it('names a confirm mode that is none, and asks once', async () => {
    const { action } = controlledAction();
    const warnings = await warningsDuring(() =>
      fixture<RetryButton>(
        html`<retry-button
          confirm="alwayz"
          .action=${action}
          .error=${unavailable(POST)}
        ></retry-button>`,
      ),
    );
    expect(warnings).to.include(
      '[faultline] <retry-button> confirm="alwayz" is not one of once, always; using "once".',
    );
  });

  it('asks with confirm="always" also before a retry by hand the policy would make unasked', async () => {
    // A PUT that answered 503: the advice is automatic, but this button only retries when pressed.
    const { el, calls } = await make(unavailable({ method: 'PUT', endpoint: '/orders/17' }), {
      confirm: 'always',
    });
    expect(el.state).to.equal('idle');
    part(el, 'base')!.click();
    await el.updateComplete;
    expect(el.state).to.equal('confirming');
    expect(calls).to.have.length(0);
    part(el, 'confirm-button')!.click();
    expect(calls).to.have.length(1);
  });

  it('asks again before sending a write again after Cancel, which spends no attempt', async () => {
    const { el, calls } = await make(unavailable(POST));
    for (const n of [1, 2]) {
      part(el, 'base')!.click();
      await el.updateComplete;
      // The cancelled attempt may have reached the server: repeating it is asked again.
      expect(el.state, `attempt ${n}`).to.equal('confirming');
      part(el, 'confirm-button')!.click();
      await el.updateComplete;
      expect(calls).to.have.length(n);
      part(el, 'abort-button')!.click();
      await el.updateComplete;
      expect(calls[n - 1]!.signal.aborted).to.equal(true);
      expect(el.attempts).to.equal(0);
    }
    expect(el.state).to.equal('idle');
  });

  it('lets a click cut an automatic countdown short without asking, confirm="always" or not', async () => {
    const { action, calls } = controlledAction();
    // Our own backoff (no Retry-After), drawn near its top: a countdown of almost a second.
    const host = await fixture<HTMLElement>(
      html`<error-provider .policy=${{ random: () => 0.99, baseMs: 5000 }}>
        <retry-button
          auto
          confirm="always"
          .action=${action}
          .error=${unavailable()}
        ></retry-button>
      </error-provider>`,
    );
    const el = host.querySelector<RetryButton>('retry-button')!;
    await el.updateComplete;
    expect(el.state).to.equal('waiting');
    part(el, 'base')!.click();
    await el.updateComplete;
    expect(calls).to.have.length(1);
    expect(el.state).to.equal('running');
  });

  it('is still heard saying a retry worked when the app removes it on success', async () => {
    const { heard, stop } = listen();
    const { el, calls } = await make(unavailable());
    el.addEventListener('faultline-retry-success', () => el.remove());
    part(el, 'base')!.click();
    calls[0]!.resolve('ok');
    await waitUntil(() => heard.includes('Trying again worked.'), 'the success was not heard');
    stop();
  });

  it('asks again before every attempt when the app marks the write confirm="always"', async () => {
    const { el, calls } = await make(unavailable(POST), { confirm: 'always' });
    part(el, 'base')!.click();
    await el.updateComplete;
    expect(text(el, 'confirm')).to.contain('Repeating this change could apply it twice.');
    part(el, 'confirm-button')!.click();
    expect(calls).to.have.length(1);
    calls[0].reject(new TypeError('Failed to fetch'));
    await flush(el);
    part(el, 'base')!.click();
    await el.updateComplete;
    expect(part(el, 'confirm')).not.to.equal(null);
    expect(calls).to.have.length(1);
  });

  it('shows the next step of a failed attempt and offers the button again', async () => {
    const { el, calls } = await make(unavailable(POST));
    part(el, 'base')!.click();
    await el.updateComplete;
    part(el, 'confirm-button')!.click();
    const failure = oneEvent(el, 'faultline-retry-failure');
    calls[0].reject(new TypeError('Failed to fetch'));
    const event = await failure;
    expect(event.detail.error.kind).to.equal('network');
    expect(event.detail.attempt).to.equal(1);
    expect(event.composed).to.equal(true);
    await flush(el);
    expect(el.getAttribute('state')).to.equal('failed');
    expect(text(el, 'status')).to.equal(
      'That attempt did not work. When you are back online, check whether the change was saved before you try again.',
    );
    expect(text(el, 'label')).to.equal('Try again');
    await expect(el).to.be.accessible();
  });

  it('turns into sign-in when the retry meets a 401', async () => {
    const { el, calls } = await make(unavailable());
    part(el, 'base')!.click();
    calls[0].reject({ status: 401, title: 'Unauthorized' });
    await flush(el);
    expect(el.getAttribute('state')).to.equal('blocked');
    expect(part(el, 'base')).to.equal(null);
    expect(text(el, 'status')).to.equal(
      'That attempt did not work. Sign in first, then try again.',
    );
    await expect(el).to.be.accessible();
  });

  it('is exhausted after the configured attempts: says so and fires the event once', async () => {
    const { action, calls } = controlledAction();
    const el = await fixture<RetryButton>(
      html`<retry-button
        max-attempts="2"
        .action=${action}
        .error=${unavailable()}
      ></retry-button>`,
    );
    const exhausted: CustomEvent[] = [];
    el.addEventListener('faultline-retry-exhausted', (e) => exhausted.push(e));
    for (let i = 0; i < 2; i++) {
      part(el, 'base')!.click();
      calls[i].reject({ status: 503 });
      await flush(el);
    }
    expect(el.getAttribute('state')).to.equal('exhausted');
    expect(text(el, 'status')).to.equal('Still failing after 2 attempts. Contact support.');
    expect(part(el, 'base')).to.equal(null);
    expect(exhausted).to.have.length(1);
    expect(exhausted[0].detail).to.include({ attempt: 2 });
    expect(el.attempts).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('follows the policy of the provider above it', async () => {
    const { action, calls } = controlledAction();
    const provider = await fixture(
      html`<error-provider .policy=${{ maxAttempts: 1 }}>
        <retry-button .action=${action} .error=${unavailable()}></retry-button>
      </error-provider>`,
    );
    const el = provider.querySelector('retry-button')!;
    await el.updateComplete;
    part(el, 'base')!.click();
    calls[0].reject(new TypeError('Failed to fetch'));
    await flush(el);
    expect(text(el, 'status')).to.equal('Still failing after 1 attempt. Contact support.');
  });

  it('neither restarts a served wait for an equal policy nor re-advises while out of the page', async () => {
    const { action, calls } = controlledAction();
    const provider = await fixture<HTMLElement & { policy: unknown }>(
      html`<error-provider .policy=${{ maxAttempts: 5 }}>
        <retry-button
          .action=${action}
          .error=${unavailable(READ, { 'retry-after': '1' })}
        ></retry-button>
      </error-provider>`,
    );
    const el = provider.querySelector('retry-button')!;
    await waitUntil(() => text(el, 'label') === 'Try again', 'the wait is served', {
      timeout: 3000,
    });
    // React hands a new, equal object on every render.
    provider.policy = { maxAttempts: 5 };
    await el.updateComplete;
    expect(text(el, 'label')).to.equal('Try again');
    // Three failed attempts: under the provider's 5, two are left.
    for (let i = 0; i < 3; i++) {
      part(el, 'base')!.click();
      await el.updateComplete; // 'running' shown, so 'failed' below is this attempt's
      calls[i].reject(new TypeError('Failed to fetch'));
      await waitUntil(() => el.getAttribute('state') === 'failed', `attempt ${i + 1}`);
    }
    let exhausted = 0;
    el.addEventListener('faultline-retry-exhausted', () => exhausted++);
    el.remove(); // out of the provider: the default 3 must not make it exhausted meanwhile
    el.requestUpdate();
    await el.updateComplete;
    expect(exhausted).to.equal(0);
    expect(el.getAttribute('state')).to.equal('failed');
  });

  it('follows a policy the provider is given later, before any attempt runs', async () => {
    const { action, calls } = controlledAction();
    const provider = await fixture<HTMLElement & { policy: unknown }>(
      html`<error-provider>
        <retry-button .action=${action} .error=${unavailable()}></retry-button>
      </error-provider>`,
    );
    const el = provider.querySelector('retry-button')!;
    await el.updateComplete;
    expect(part(el, 'base')).to.not.equal(null);
    provider.policy = { maxAttempts: 0 };
    await waitUntil(() => !part(el, 'base'), 'the button follows the new policy');
    expect(calls).to.have.length(0);
    provider.policy = { maxAttempts: 2 };
    await waitUntil(() => part(el, 'base'), 'offered again');
  });

  it('fires start (cancelable), then success with the value; a cancelled start runs nothing', async () => {
    const { el, calls } = await make(unavailable());
    el.addEventListener('faultline-retry-start', (e) => e.preventDefault(), { once: true });
    part(el, 'base')!.click();
    await el.updateComplete;
    expect(calls).to.have.length(0);
    expect(el.getAttribute('state')).to.equal('idle');

    const start = oneEvent(el, 'faultline-retry-start');
    part(el, 'base')!.click();
    const started = (await start) as FaultlineRetryStartEvent;
    expect(started.cancelable).to.equal(true);
    expect(started.detail).to.deep.equal({ error: el.error, attempt: 1 });
    const success = oneEvent(el, 'faultline-retry-success');
    calls[0].resolve({ saved: true });
    const done = await success;
    expect(done.detail).to.deep.include({ attempt: 1, value: { saved: true } });
    expect(done.bubbles && done.composed).to.equal(true);
  });

  it('tells the announcer each state change once: countdown, failure, success, exhaustion', async () => {
    clock = sinon.useFakeTimers(FAKE_TIMERS);
    const { heard, stop } = listen();
    const { action, calls } = controlledAction();
    const el = await fixture<RetryButton>(
      html`<retry-button
        auto
        .action=${action}
        .error=${unavailable(READ, { 'retry-after': '2' })}
      ></retry-button>`,
    );
    await clock.tickAsync(2000);
    calls[0].reject({ status: 503, headers: {} });
    await flush(el);
    await clock.tickAsync(200);
    const countdowns = heard.filter((h) => h.includes('Trying again in'));
    expect(countdowns).to.have.length(2);
    expect(countdowns[1]).to.match(/^That attempt did not work\. Trying again in/);
    await clock.tickAsync(60_000);
    calls[1].resolve('ok');
    await flush(el);
    await clock.tickAsync(200);
    stop();
    expect(heard.filter((h) => h === 'Trying again worked.')).to.have.length(1);
    // The minute of ticks in between added no countdown announcement.
    expect(heard.filter((h) => h.includes('Trying again in'))).to.deep.equal(countdowns);
  });

  it('reads every failed attempt, even when the words repeat', async () => {
    const { heard, stop } = listen();
    // A 503 on a POST: manual retries, confirmed once, each failure worded the same.
    const { el, calls } = await make(unavailable(POST), { maxAttempts: 5 });
    for (const n of [0, 1]) {
      part(el, 'base')!.click();
      await el.updateComplete;
      if (n === 0) part(el, 'confirm-button')!.click();
      await waitUntil(() => calls.length === n + 1, `attempt ${n + 1} did not start`);
      calls[n]!.reject({ status: 503 });
      await flush(el);
      await waitUntil(() => heard.length === n + 1, `failure ${n + 1} was not read`);
    }
    stop();
    expect(heard[1]).to.equal(heard[0]);
    expect(heard[0]).to.match(/^That attempt did not work\./);
  });

  it('keeps quiet while it cannot be seen (its banner was dismissed), and finishes', async () => {
    const { heard, stop } = listen();
    const { action, calls } = controlledAction();
    const host = await fixture<HTMLElement>(
      html`<div><retry-button .error=${unavailable()} .action=${action}></retry-button></div>`,
    );
    const el = host.querySelector<RetryButton>('retry-button')!;
    part(el, 'base')!.click();
    await waitUntil(() => calls.length === 1);
    host.style.display = 'none';
    const success = oneEvent(el, 'faultline-retry-success');
    calls[0]!.resolve('ok');
    await success;
    await flush(el);
    await new Promise((r) => setTimeout(r, 300));
    stop();
    expect(el.state).to.equal('succeeded');
    expect(heard).to.deep.equal([]);
  });

  it('speaks its first words in the page language, not in English before it loads', async () => {
    const { heard, stop } = listen();
    const { action } = controlledAction();
    await fixture<HTMLElement>(html`
      <error-provider lang="ar" .i18n=${createI18n()}>
        <retry-button
          auto
          .action=${action}
          .error=${unavailable(READ, { 'retry-after': '30' })}
        ></retry-button>
      </error-provider>
    `);
    await waitUntil(() => heard.length > 0, 'never announced', { timeout: 5000 });
    stop();
    expect(heard[0]).to.match(/[\u0600-\u06FF]/);
  });

  it('announces exhaustion assertively, once', async () => {
    const { heard, stop } = listen();
    const { el, calls } = await make(unavailable(), { maxAttempts: 1 });
    part(el, 'base')!.click();
    calls[0].reject({ status: 503 });
    await flush(el);
    await waitUntil(() => heard.includes('Still failing after 1 attempt. Contact support.'));
    stop();
    expect(heard.filter((h) => h.startsWith('Still failing'))).to.have.length(1);
    expect(liveRegion('assertive').textContent).to.contain('Still failing after 1 attempt.');
  });

  it('passes axe while waiting, and in Arabic, right to left', async () => {
    const waiting = await make(unavailable(READ, { 'retry-after': '30' }));
    expect(waiting.el.getAttribute('state')).to.equal('waiting');
    expect(text(waiting.el, 'countdown')).to.equal('Try again in 30 seconds');
    await expect(waiting.el).to.be.accessible();

    const { action } = controlledAction();
    const provider = await fixture(
      html`<error-provider lang="ar">
        <retry-button .action=${action} .error=${unavailable(POST)}></retry-button>
      </error-provider>`,
    );
    const el = provider.querySelector('retry-button')!;
    await waitUntil(() => text(el, 'label') !== 'Try again', 'Arabic strings did not load');
    expect(el.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
    part(el, 'base')!.click();
    await el.updateComplete;
    expect(part(el, 'confirm')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('starts over when a new error is set', async () => {
    const { el, calls } = await make(unavailable(), { maxAttempts: 1 });
    part(el, 'base')!.click();
    calls[0].reject({ status: 503 });
    await flush(el);
    expect(el.getAttribute('state')).to.equal('exhausted');
    el.error = unavailable();
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('idle');
    expect(el.attempts).to.equal(0);
    el.error = undefined;
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    expect(el.shadowRoot!.children).to.have.length(0);
  });
});
