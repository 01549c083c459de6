import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TFunction } from 'i18next';
import sinon from 'sinon';
import '../../src/elements/error-provider/error-provider.define.js';
import '../../src/elements/support-checklist/support-checklist.define.js';
import { normalizeError } from '../../src/core/normalize.js';
import type { NormalizedError } from '../../src/core/types.js';
import { FaultlineCopyEvent } from '../../src/events/copy.js';
import { FaultlineDismissEvent } from '../../src/events/dismiss.js';
import { RetryButton } from '../../src/elements/retry-button/retry-button.js';
import { contactViews, safeHref } from '../../src/elements/error-banner/contact.js';
import { createI18n } from '../../src/i18n/index.js';
import { liveRegion } from '../../src/controllers/announcer.js';
import {
  actionsOf,
  activeDeep,
  announced,
  banner,
  clearLiveRegions,
  errorOf,
  expected,
  nextFrame,
  part,
  plain,
  pressRetry,
  q,
  textOf,
  translators,
} from './error-banner-helpers.js';
import type { ErrorBanner } from './error-banner-helpers.js';
import { leftOf } from './text-position.js';
import { warningsDuring } from '../warnings.js';

const get401 = () => normalizeError('', { status: 401, method: 'GET', endpoint: '/api/orders/17' });

describe('<error-banner> actions', () => {
  // Expected buttons by situation, from the retry policy in SPEC.md (not from the code).
  const cases: [string, () => NormalizedError, Partial<ErrorBanner>, string[], boolean][] = [
    ['a 401 on a read: renew the session', get401, {}, ['refresh-session'], false],
    [
      'a 401 after the session was refreshed: sign in',
      get401,
      { refreshed: true },
      ['sign-in'],
      false,
    ],
    [
      'Ormuco 499 Token Required: sign in',
      () => normalizeError({ code: 499, key: 'token_required', public: true }, { status: 499 }),
      {},
      ['sign-in'],
      false,
    ],
    ['a 409: reload', () => errorOf('conflict'), {}, ['reload'], false],
    [
      'a 402 Request Failed: contact support',
      () => errorOf('request_failed'),
      {},
      ['contact-support'],
      false,
    ],
    ['a 403: nothing to click, retrying will not help', () => errorOf('forbidden'), {}, [], false],
    ['a 400: fix the input, no button', () => errorOf('validation'), {}, [], false],
    ['a 503 on a read: retry', () => errorOf('unavailable'), {}, [], true],
    [
      'a 500 on a read after the attempts: contact support',
      () => errorOf('server'),
      { attempt: 5 },
      ['contact-support'],
      false,
    ],
    [
      'a 401 on a critical write: sign in, then reload — the write is never replayed',
      () => normalizeError('', { status: 401, method: 'POST', critical: true }),
      {},
      ['sign-in', 'reload'],
      false,
    ],
    [
      'a 401 on a critical write after the refresh failed: still sign in, then reload',
      () => normalizeError('', { status: 401, method: 'POST', critical: true }),
      { refreshed: true },
      ['sign-in', 'reload'],
      false,
    ],
    [
      'Ormuco 499 on a critical write: sign in, then reload',
      () =>
        normalizeError(
          { code: 499, key: 'token_required', public: true },
          { status: 499, method: 'POST', critical: true },
        ),
      {},
      ['sign-in', 'reload'],
      false,
    ],
    [
      'a timed-out critical write: reload, never replay',
      () => normalizeError('', { status: 504, method: 'POST', critical: true }),
      {},
      ['reload'],
      false,
    ],
  ];
  for (const [name, make, props, buttons, retry] of cases) {
    it(`offers what the advice allows for ${name}`, async () => {
      const el = await plain(make());
      Object.assign(el, props);
      await el.updateComplete;
      expect(actionsOf(el)).to.deep.equal(buttons);
      expect(q(el, 'slot[name="retry"]') !== null, 'retry slot').to.equal(retry);
      expect(q(el, 'slot[name="actions"]')).to.not.equal(null);
      // Until the app slots a retry control in, a retry alone leaves the row empty.
      expect(part(el, 'actions')!.classList.contains('empty')).to.equal(!buttons.length);
    });
  }

  it('renders a <retry-button> for the error when the app gives a retry action', async () => {
    const action = async () => 'ok';
    const el = await banner(
      html`<error-banner
        .error=${errorOf('unavailable')}
        .retryAction=${action}
        auto-retry
      ></error-banner>`,
    );
    const button = q(el, 'retry-button') as RetryButton;
    expect(button).to.be.instanceOf(RetryButton);
    expect(button.error).to.equal(el.normalizedError);
    expect(button.action).to.equal(action);
    expect(button.auto).to.equal(true);
    expect(q(el, 'slot[name="retry"]')).to.equal(null);
  });

  it('points to support once the retry button has used up its attempts (server errors)', async () => {
    const el = await banner(
      html`<error-banner .error=${errorOf('server')} .retryAction=${async () => 1}></error-banner>`,
    );
    const button = q(el, 'retry-button')!;
    button.dispatchEvent(
      new CustomEvent('faultline-retry-failure', {
        detail: { error: el.normalizedError, attempt: 1 },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    // The button's count feeds the advice (a 500 has two attempts); the app's own stays its own.
    expect(el.retryAdvice.attemptsLeft).to.equal(1);
    expect(el.attempt).to.equal(0);
    expect(actionsOf(el)).to.deep.equal([]);
    button.dispatchEvent(
      new CustomEvent('faultline-retry-exhausted', {
        detail: { error: el.normalizedError, attempt: 1 },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(actionsOf(el)).to.deep.equal(['contact-support']);
  });

  it("lets the built-in retry button count on from the app's attempts, and start over for a new error", async () => {
    let calls = 0;
    const action = async () => {
      calls++;
      return new Response('', { status: 503 });
    };
    const given = normalizeError('', { status: 503, method: 'GET' });
    const el = await banner(
      html`<error-banner attempt="2" .error=${given} .retryAction=${action}></error-banner>`,
    );
    expect(el.retryAdvice.attemptsLeft).to.equal(1);
    const exhausted = oneEvent(el, 'faultline-retry-exhausted');
    await pressRetry(el);
    await exhausted;
    await el.updateComplete;
    expect(calls).to.equal(1);
    expect(el.attempt).to.equal(2);
    expect(el.retryAdvice.attemptsLeft).to.equal(0);

    el.attempt = 0;
    el.error = normalizeError('', { status: 503, method: 'GET' });
    await el.updateComplete;
    expect(el.retryAdvice.attemptsLeft).to.equal(3);
  });

  it('starts the built-in retry button over when the same error is set again', async () => {
    const given = normalizeError('', { status: 503, method: 'GET', endpoint: '/api/orders' });
    const el = await banner(
      html`<error-banner
        .error=${given}
        .retryAction=${async () => new Response('', { status: 503 })}
      ></error-banner>`,
    );
    const failed = oneEvent(el, 'faultline-retry-failure');
    const button = await pressRetry(el);
    await failed;
    await el.updateComplete;
    expect(button.attempts).to.equal(1);
    el.error = given;
    await el.updateComplete;
    await button.updateComplete;
    expect(button.attempts).to.equal(0);
    expect(button.state).to.equal('idle');
    expect(el.retryAdvice.attemptsLeft).to.equal(3);
  });

  it('says only what it shows once the retries ran out: Contact support, not the gone button', async () => {
    const el = await banner(
      html`<error-banner
        .error=${normalizeError('', { status: 503, method: 'GET', endpoint: '/api/orders' })}
        .retryAction=${async () => new Response('', { status: 503 })}
      ></error-banner>`,
    );
    await nextFrame();
    clearLiveRegions();
    const exhausted = oneEvent(el, 'faultline-retry-exhausted');
    for (let i = 0; i < 3; i++) {
      await pressRetry(el);
      await nextFrame();
    }
    await exhausted;
    await nextFrame();
    const heard = announced('assertive');
    expect(actionsOf(el)).to.deep.equal(['contact-support']);
    // The retry button, gone in the same update, takes back its "Still failing after 3 attempts".
    expect(heard.some((h) => h.startsWith('Still failing'))).to.equal(false);
    expect(heard.at(-1)).to.equal(
      `${textOf(part(el, 'headline'))} ${textOf(part(el, 'next-step'))}`,
    );
  });

  it('describes the latest failure once a retry failed differently, keeping the error it was given', async () => {
    const given = normalizeError('', { status: 503, method: 'GET', endpoint: '/api/orders/17' });
    const answer = () =>
      new Response('{"message":"Name is required","error_id":"R-2"}', {
        status: 400,
        headers: { 'content-type': 'application/json' },
      });
    const el = await banner(
      html`<error-banner .error=${given} .retryAction=${async () => answer()}></error-banner>`,
    );
    expect(textOf(part(el, 'headline'))).to.equal('The service is temporarily unavailable.');
    const failed = oneEvent(el, 'faultline-retry-failure');
    await pressRetry(el);
    await failed;
    await el.updateComplete;
    expect(el.normalizedError.kind).to.equal('validation');
    expect(el.error).to.equal(given);
    expect(textOf(part(el, 'headline'))).to.equal(
      'This could not be loaded with the details given.',
    );
    expect(textOf(part(el, 'detail'))).to.include('Name is required');
    expect(textOf(part(el, 'reference'))).to.include('R-2');
    expect(q(el, 'retry-button')).to.equal(null);

    // A 401 the next time: Sign in, and its event carries that 401.
    el.error = normalizeError('', { status: 503, method: 'GET' });
    el.retryAction = async () => new Response('', { status: 401 });
    el.refreshed = true;
    await el.updateComplete;
    const again = oneEvent(el, 'faultline-retry-failure');
    await pressRetry(el);
    await again;
    await el.updateComplete;
    expect(actionsOf(el)).to.deep.equal(['sign-in']);
    setTimeout(() => q<HTMLButtonElement>(el, 'button[data-action="sign-in"]')!.click());
    const signIn = (await oneEvent(el, 'faultline-sign-in')) as CustomEvent<{
      error: NormalizedError;
    }>;
    expect(signIn.detail.error.status).to.equal(401);
    expect(el.getAttribute('severity')).to.equal('error');
  });

  it('labels the buttons from the catalog', async () => {
    const el = await plain(errorOf('conflict'));
    expect(textOf(part(el, 'actions'))).to.equal('Reload');
    expect(part(el, 'actions')!.getAttribute('aria-label')).to.equal('What you can do');
    el.refreshed = true;
    el.error = get401();
    await el.updateComplete;
    expect(textOf(part(el, 'actions'))).to.equal('Sign in');
  });

  for (const [name, make, type] of [
    [
      'sign-in',
      () => normalizeError('', { status: 401, method: 'POST', critical: false }),
      'faultline-sign-in',
    ],
    ['refresh-session', get401, 'faultline-refresh-session'],
    ['reload', () => errorOf('conflict'), 'faultline-reload'],
    ['contact-support', () => errorOf('request_failed'), 'faultline-contact-support'],
  ] as const) {
    it(`emits ${type} with the error, bubbling out of the shadow root, and never navigates`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <error-banner .error=${make()} ?refreshed=${name === 'sign-in'}></error-banner>
        </div>`,
      );
      const el = wrapper.querySelector('error-banner')!;
      await el.updateComplete;
      const href = location.href;
      const button = q<HTMLButtonElement>(el, `button[data-action="${name}"]`)!;
      setTimeout(() => button.click());
      const event = (await oneEvent(wrapper, type)) as CustomEvent<{ error: NormalizedError }>;
      expect(event.detail.error).to.equal(el.normalizedError);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(location.href).to.equal(href);
    });
  }

  it("shows the provider's support contact beside Contact support, linking only safe addresses", async () => {
    const el = await banner(html`
      <error-provider
        support-email="help@example.com"
        support-url="https://help.example.com/new"
        support-phone="+47 22 12 01 01"
      >
        <error-banner .error=${errorOf('request_failed')}></error-banner>
      </error-provider>
    `);
    const links = [...q(el, '.contact')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    // The phone is dialled as the checklist dials it: tel: and digits.
    expect(links).to.deep.equal([
      'mailto:help@example.com',
      'https://help.example.com/new',
      'tel:+4722120101',
    ]);
    expect(textOf(q(el, '.contact'))).to.include('+47 22 12 01 01');
    // Each item apart from the next, not run together ("…/new+47 22 …").
    const [first, second] = [...q(el, '.contact')!.children].map((c) => c.getBoundingClientRect());
    expect(second!.left - first!.right).to.be.above(4);

    const unsafe = await banner(html`
      <error-provider
        .contact=${{ url: 'javascript:alert(1)', email: 'x@y.z?bcc=evil@example.com', name: 'Omnium support', phone: 'javascript:alert(2)' }}
      >
        <error-banner .error=${errorOf('request_failed')}></error-banner>
      </error-provider>
    `);
    expect(q(unsafe, '.contact a')).to.equal(null);
    expect(textOf(q(unsafe, '.contact'))).to.include('javascript:alert(1)');
    expect(textOf(q(unsafe, '.contact'))).to.include('Omnium support');
    expect(textOf(q(unsafe, '.contact'))).to.include('javascript:alert(2)');
  });

  it('shows a phone number and the reference in reading order in Arabic', async () => {
    const el = await banner(html`
      <error-provider lang="ar" support-phone="+47 22 12 01 01">
        <error-banner
          .error=${normalizeError('', { status: 402, headers: { 'x-request-id': '77_88_99' } })}
        ></error-banner>
      </error-provider>
    `);
    const { ar } = await translators();
    await waitUntil(() => textOf(part(el, 'headline')) === expected(el, ar).headline);
    expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    // Right to left, "+47 22 12 01 01" would read "01 01 12 22 47+" and the reference "99_88_77".
    const contact = q(el, '.contact')!;
    expect(leftOf(contact, '+47')).to.be.below(leftOf(contact, '22'));
    expect(leftOf(contact, '22')).to.be.below(leftOf(contact, '12'));
    const reference = part(el, 'reference')!;
    expect(leftOf(reference, '77')).to.be.below(leftOf(reference, '99'));
  });

  it('links only http:, https:, mailto: and tel: addresses', () => {
    expect(safeHref('https://help.example.com')).to.equal('https://help.example.com');
    expect(safeHref('mailto:help@example.com')).to.equal('mailto:help@example.com');
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'help.example.com', '']) {
      expect(safeHref(bad), bad).to.equal(undefined);
    }
    expect(contactViews(undefined)).to.deep.equal([]);
    expect(contactViews({ email: '  ', phone: '+47 1' })).to.deep.equal([
      { text: '+47 1', href: 'tel:+471', ltr: true },
    ]);
    // Not a number: plain text in its own direction (Arabic text is not forced left to right).
    expect(contactViews({ phone: 'اتصل بالدعم' })).to.deep.equal([{ text: 'اتصل بالدعم' }]);
  });

  it('hides the actions row until the app slots an action into it', async () => {
    const el = await plain(errorOf('forbidden'));
    expect(part(el, 'actions')!.classList.contains('empty')).to.equal(true);
    const mine = document.createElement('button');
    mine.slot = 'actions';
    mine.textContent = 'Request access';
    el.append(mine);
    await waitUntil(() => !part(el, 'actions')!.classList.contains('empty'), 'shown');
    mine.remove();
    await waitUntil(() => part(el, 'actions')!.classList.contains('empty'), 'hidden again');
    el.error = errorOf('unavailable');
    const retry = document.createElement('button');
    retry.slot = 'retry';
    retry.textContent = 'Try again';
    el.append(retry);
    await waitUntil(
      () => !part(el, 'actions')!.classList.contains('empty'),
      'shown for a slotted retry',
    );
  });

  it("uses the provider's retry policy", async () => {
    const el = await banner(html`
      <error-provider .policy=${{ maxAttemptsServerError: 1 }}>
        <error-banner .error=${errorOf('server')} attempt="1"></error-banner>
      </error-provider>
    `);
    expect(el.retryAdvice.action).to.equal('contact-support');
    expect(actionsOf(el)).to.deep.equal(['contact-support']);
  });
});

describe('<error-banner> dismiss and focus', () => {
  it('has a close button named from the catalog only when dismissible', async () => {
    const el = await plain(errorOf('server'));
    expect(part(el, 'close-button')).to.equal(null);
    el.dismissible = true;
    await el.updateComplete;
    expect(el.hasAttribute('dismissible')).to.equal(true);
    expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal('Dismiss');
  });

  it('closes on the close button, after a cancelable faultline-dismiss', async () => {
    const el = await banner(
      html`<error-banner dismissible .error=${errorOf('server')}></error-banner>`,
    );
    setTimeout(() => part(el, 'close-button')!.click());
    const event = await oneEvent(el, FaultlineDismissEvent.type);
    expect(event.cancelable).to.equal(true);
    expect(event.detail.error).to.equal(el.normalizedError);
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('opens again for the next failure after the operator dismissed the last one', async () => {
    const el = await banner(
      html`<error-banner dismissible .error=${errorOf('server')}></error-banner>`,
    );
    const { en } = await translators();
    clearLiveRegions();
    expect(el.dismiss()).to.equal(true);
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('none');
    el.error = errorOf('unauthenticated');
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(getComputedStyle(el).display).to.equal('block');
    expect(textOf(part(el, 'headline'))).to.equal(expected(el, en).headline);
    await waitUntil(() => announced('assertive').length > 0, 'the new failure was not announced');
    expect(announced('assertive').join(' ')).to.include(expected(el, en).headline);
    // Also when the app cleared it in between (a retry that worked, then a new failure).
    expect(el.dismiss()).to.equal(true);
    el.error = null;
    await el.updateComplete;
    el.error = errorOf('server');
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('block');
    // A banner the app closed itself stays closed: the app owns `open` then.
    el.open = false;
    el.error = errorOf('server');
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('keeps focus in the banner, on Contact support, when the retry button it was on runs out', async () => {
    const el = await banner(html`
      <error-provider .policy=${{ maxAttemptsServerError: 1 }}>
        <error-banner
          .error=${errorOf('server')}
          .retryAction=${() => Promise.reject(new Response('', { status: 500 }))}
        ></error-banner>
      </error-provider>
    `);
    const retry = el.shadowRoot!.querySelector<RetryButton>('retry-button')!;
    await retry.updateComplete;
    retry.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => actionsOf(el).includes('contact-support'), 'never ran out');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('retry-button')).to.equal(null);
    // Not thrown to the top of the page: on what the operator can do next.
    const next = q(el, '[data-action="contact-support"]');
    // Compared as a boolean: chai would print the whole focused element on a failure.
    expect(activeDeep() === next, `focus is on <${activeDeep()?.localName}>`).to.equal(true);
  });

  it('gives focus back when the app clears the banner it was in (the retry worked)', async () => {
    const host = await fixture<HTMLElement>(html`
      <div>
        <button id="save">Save</button>
        <error-banner .error=${errorOf('unauthenticated')}></error-banner>
      </div>
    `);
    const save = host.querySelector<HTMLButtonElement>('#save')!;
    const el = host.querySelector<ErrorBanner>('error-banner')!;
    await el.updateComplete;
    save.focus();
    q<HTMLButtonElement>(el, '[data-action]')!.focus();
    el.error = null;
    await el.updateComplete;
    expect(activeDeep() === save, `focus is on <${activeDeep()?.localName}>`).to.equal(true);
  });

  it('moves focus to a page headline only once it reads in the page language', async () => {
    const seen: string[] = [];
    const host = await fixture<HTMLElement>(html`
      <error-provider lang="ar" .i18n=${createI18n()}>
        <error-banner
          variant="page"
          .error=${errorOf('server')}
          @focusin=${(e: FocusEvent) => seen.push((e.composedPath()[0] as HTMLElement).textContent!)}
        ></error-banner>
      </error-provider>
    `);
    const el = host.querySelector<ErrorBanner>('error-banner')!;
    await waitUntil(() => seen.length > 0, 'the headline never took focus', { timeout: 5000 });
    expect(seen[0]).to.match(/[\u0600-\u06FF]/);
    expect(activeDeep() === part(el, 'headline'), 'focus is on the headline').to.equal(true);
  });

  it('hides when closed without custom states, and opens again, never throwing', async () => {
    // An engine before custom states (Safari < 17.4), simulated by removing them.
    const states = Object.getOwnPropertyDescriptor(ElementInternals.prototype, 'states')!;
    delete (ElementInternals.prototype as unknown as Record<string, unknown>).states;
    try {
      const el = await banner(
        html`<error-banner dismissible .error=${errorOf('server')}></error-banner>`,
      );
      expect(el.dismiss()).to.equal(true);
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(part(el, 'headline')!.checkVisibility()).to.equal(false);
      el.open = true;
      await el.updateComplete;
      expect(part(el, 'headline')!.checkVisibility()).to.equal(true);
    } finally {
      Object.defineProperty(ElementInternals.prototype, 'states', states);
    }
  });

  it('hides when closed in a subclass that took the internals for itself', async () => {
    const Banner = customElements.get('error-banner') as unknown as new () => ErrorBanner;
    class OwnInternals extends Banner {
      constructor() {
        super();
        this.attachInternals();
      }
    }
    customElements.define('own-internals-banner', OwnInternals);
    const el = await fixture<ErrorBanner>(
      html`<own-internals-banner dismissible .error=${errorOf('server')}></own-internals-banner>`,
    );
    expect(el.dismiss()).to.equal(true);
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('lets a running retry finish and report when it is dismissed meanwhile', async () => {
    let finish!: (value: string) => void;
    const action = () => new Promise<string>((resolve) => (finish = resolve));
    const el = await banner(
      html`<error-banner
        dismissible
        .error=${errorOf('unavailable')}
        .retryAction=${action}
      ></error-banner>`,
    );
    const button = await pressRetry(el);
    await waitUntil(() => finish, 'the retry did not start');
    const success = oneEvent(el, 'faultline-retry-success');
    expect(el.dismiss()).to.equal(true);
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('none');
    finish('saved');
    expect(((await success) as CustomEvent<{ value: unknown }>).detail.value).to.equal('saved');
    el.open = true;
    await el.updateComplete;
    expect(q(el, 'retry-button')).to.equal(button);
    expect(button.attempts).to.equal(1);
  });

  it('leaves the server’s wait to its retry button’s countdown, however long', async () => {
    const limited = (seconds: number) =>
      normalizeError('', {
        status: 503,
        method: 'GET',
        headers: { 'Retry-After': String(seconds) },
      });
    const alone = await plain(limited(30));
    expect(textOf(part(alone, 'next-step'))).to.equal('Try again in 30 seconds.');
    const withRetry = (seconds: number) =>
      banner(
        html`<error-banner
          .error=${limited(seconds)}
          .retryAction=${() => Promise.resolve()}
        ></error-banner>`,
      );
    // "Try again in 30 seconds" would stand still beside the button counting 30, 29, 28…
    const el = await withRetry(30);
    const retry = q<RetryButton>(el, 'retry-button')!;
    await retry.updateComplete;
    expect(textOf(part(el, 'next-step'))).to.not.match(/\d/);
    expect(textOf(retry.shadowRoot!.querySelector('[part~="countdown"]'))).to.match(/30 seconds/);
    // Two hours, counted by the button in hours and then minutes: said once, where it moves.
    const long = await withRetry(7200);
    const longRetry = q<RetryButton>(long, 'retry-button')!;
    await longRetry.updateComplete;
    expect(textOf(part(long, 'next-step'))).to.not.match(/\d/);
    expect(textOf(longRetry.shadowRoot!.querySelector('[part~="countdown"]'))).to.match(/2 hours/);
    // Without a retry button the sentence says the wait.
    expect(textOf(part(await plain(limited(7200)), 'next-step'))).to.equal('Try again in 2 hours.');
  });

  it('keeps the retry button while the latest failure still allows an attempt', async () => {
    // A 500 allows two attempts, a 503 three: the retries answered 503, so a third is still due.
    let calls = 0;
    const action = () => {
      calls++;
      return Promise.reject(normalizeError('', { status: 503, method: 'GET' }));
    };
    const el = await banner(
      html`<error-banner
        .error=${normalizeError('', { status: 500, method: 'GET' })}
        .retryAction=${action}
      ></error-banner>`,
    );
    for (let attempt = 1; attempt <= 2; attempt++) {
      const button = await pressRetry(el);
      await waitUntil(() => calls === attempt && button.getAttribute('state') === 'failed');
      await el.updateComplete;
    }
    expect(q(el, 'retry-button'), 'the button stays for the third attempt').to.not.equal(null);
    await pressRetry(el);
    await waitUntil(() => calls === 3, 'the third attempt ran');
  });

  it('stays open when the dismiss is cancelled', async () => {
    const el = await banner(
      html`<error-banner dismissible .error=${errorOf('server')}></error-banner>`,
    );
    el.addEventListener(FaultlineDismissEvent.type, (e) => e.preventDefault(), { once: true });
    part(el, 'close-button')!.click();
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(getComputedStyle(el).display).to.equal('block');
    expect(el.dismiss()).to.equal(true);
  });

  it('closes on Escape while focus is inside, and gives focus back to where it was', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <button id="save">Save</button>
        <error-banner dismissible .error=${errorOf('conflict')}></error-banner>
      </div>
    `);
    const el = wrapper.querySelector('error-banner')!;
    await el.updateComplete;
    const save = wrapper.querySelector<HTMLButtonElement>('#save')!;
    save.focus();
    await sendKeys({ press: 'Tab' });
    expect(activeDeep()).to.equal(q(el, 'button[data-action="reload"]'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(activeDeep()).to.equal(save);
  });

  it('ignores Escape when not dismissible, and a cancelled Escape keeps it open', async () => {
    const el = await plain(errorOf('conflict'));
    q<HTMLButtonElement>(el, 'button[data-action="reload"]')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(el.open).to.equal(true);
    el.dismissible = true;
    await el.updateComplete;
    el.addEventListener('faultline-dismiss', (e) => e.preventDefault(), { once: true });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
  });

  it('falls back to the focusable element before the banner when the old focus is gone', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <label>Note <input id="note" /></label>
        <p>Between</p>
        <error-banner dismissible .error=${errorOf('server')}></error-banner>
      </div>
    `);
    const el = wrapper.querySelector('error-banner')!;
    await el.updateComplete;
    const gone = document.createElement('button');
    document.body.append(gone);
    gone.focus();
    part(el, 'close-button')!.focus();
    gone.remove();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(activeDeep()).to.equal(wrapper.querySelector('#note'));
  });

  it('leaves focus on the page when nothing focusable comes before it', async () => {
    const el = await banner(
      html`<error-banner dismissible .error=${errorOf('server')}></error-banner>`,
    );
    part(el, 'close-button')!.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(activeDeep()).to.be.oneOf([document.body, document.documentElement, null]);
  });

  it('moves focus to the headline of a page banner, and gives it back on dismiss', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button id="start">Start</button></div>`,
    );
    const start = wrapper.querySelector<HTMLButtonElement>('#start')!;
    start.focus();
    const el = document.createElement('error-banner');
    el.variant = 'page';
    el.dismissible = true;
    el.error = errorOf('forbidden');
    wrapper.append(el);
    await el.updateComplete;
    const headline = part(el, 'headline')!;
    expect(activeDeep()).to.equal(headline);
    expect(headline.getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(activeDeep()).to.equal(start);
  });
});

describe('<error-banner> keyboard', () => {
  const long =
    'The order could not be allocated because the warehouse reported that the stock level changed while it was being reserved. '.repeat(
      3,
    );

  it('tabs through detail toggle, field links, copy, actions and close, in that order', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <button id="before">Before</button>
        <error-banner
          dismissible
          .fieldTargets=${{ email: 'email-input' }}
          .error=${normalizeError(
            {
              code: 409,
              message: long,
              key: 'conflict',
              public: true,
              error_id: 'ref-42',
              errors: [{ field: 'email', message: 'taken' }],
            },
            { status: 409, method: 'GET' },
          )}
        >
          <button slot="actions" id="app-action">Open history</button>
        </error-banner>
        <input id="email-input" aria-label="E-mail" />
      </div>
    `);
    const el = wrapper.querySelector('error-banner')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const order: (Element | null)[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(activeDeep());
    }
    expect(order).to.deep.equal([
      q(el, '.toggle'),
      q(el, '[part~="fields"] a'),
      q(el, '.copy'),
      q(el, 'button[data-action="reload"]'),
      el.querySelector('#app-action'),
      part(el, 'close-button'),
    ]);
  });

  it('activates buttons with Enter and Space', async () => {
    const el = await plain(errorOf('conflict'));
    const reload = q<HTMLButtonElement>(el, 'button[data-action="reload"]')!;
    reload.focus();
    let count = 0;
    el.addEventListener('faultline-reload', () => count++);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    expect(count).to.equal(2);
  });

  /** A banner above an e-mail input, its field errors linked through `fieldTargets`. */
  async function aboveEmailField(
    fieldTargets: Record<string, string>,
    errors: Record<string, string[]>,
  ) {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <error-banner
          .fieldTargets=${fieldTargets}
          .error=${normalizeError({ errors }, { status: 422, method: 'POST' })}
        ></error-banner>
        <label>E-mail <input id="email-input" /></label>
      </div>
    `);
    const el = wrapper.querySelector('error-banner')!;
    await el.updateComplete;
    return { wrapper, el };
  }

  it('moves focus to the form field when a field link is followed, without a hash change', async () => {
    const { wrapper, el } = await aboveEmailField(
      { email: 'email-input', constructor: 'x' },
      { email: ['is taken'], name: ['is blank'] },
    );
    const links = part(el, 'fields')!.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].getAttribute('href')).to.equal('#email-input');
    // Named as the form names the field, not by the payload's key; unlinked, by the key.
    expect(textOf(links[0])).to.equal('E-mail: is taken');
    expect(textOf(part(el, 'fields')!.querySelectorAll('li')[1]!)).to.equal('name: is blank');
    const hash = location.hash;
    links[0].focus();
    await sendKeys({ press: 'Enter' });
    expect(activeDeep()).to.equal(wrapper.querySelector('#email-input'));
    expect(location.hash).to.equal(hash);
  });

  it('follows a double-clicked field link once, without a hash change', async () => {
    const { el } = await aboveEmailField({ email: 'email-input' }, { email: ['is taken'] });
    const link = part(el, 'fields')!.querySelector('a')!;
    const hash = location.hash;
    const click = (detail: number) =>
      link.dispatchEvent(
        new MouseEvent('click', { detail, bubbles: true, composed: true, cancelable: true }),
      );
    expect(click(1)).to.equal(false); // the banner moves focus itself
    // The second click of a double click: neither the banner's handler nor the link's default.
    expect(click(2)).to.equal(false);
    expect(location.hash).to.equal(hash);
  });

  it('leaves every click to an app’s own buttons inside the provider and the banner', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <error-provider>
        <button id="save">Save</button>
        <error-banner .error=${errorOf('conflict')}
          ><button slot="actions" id="own">Own</button></error-banner
        >
      </error-provider>
    `);
    const heard: string[] = [];
    for (const id of ['save', 'own']) {
      const button = wrapper.querySelector<HTMLButtonElement>(`#${id}`)!;
      button.addEventListener('click', () => heard.push(id));
      for (const detail of [1, 2, 3])
        button.dispatchEvent(
          new MouseEvent('click', { detail, bubbles: true, composed: true, cancelable: true }),
        );
    }
    expect(heard).to.deep.equal(['save', 'save', 'save', 'own', 'own', 'own']);
  });

  it("names a linked field by its form label, without the control's own text or a required mark", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <error-banner
          .fieldTargets=${{ MarketId: 'market', Qty: 'qty', Gone: 'nowhere', Due: 'due' }}
          .error=${normalizeError(
            { errors: { MarketId: ['is required'], Qty: ['too low'], Gone: ['x'], Due: ['late'] } },
            { status: 400 },
          )}
        ></error-banner>
        <label
          >Market <b>*</b>
          <select id="market">
            <option>Norway</option>
            <option>Sweden</option>
          </select></label
        >
        <input id="qty" aria-label="Quantity" />
        <span id="due-label">Delivery</span> <span id="due-hint">date</span>
        <input id="due" aria-labelledby="due-label due-hint" />
      </div>
    `);
    const el = wrapper.querySelector('error-banner')!;
    await el.updateComplete;
    const names = [...part(el, 'fields')!.querySelectorAll('.field-name')].map((n) => textOf(n));
    expect(names).to.deep.equal(['Market', 'Quantity', 'Gone', 'Delivery date']);
  });

  it('finds the field inside the shadow root that holds the banner', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const input = document.createElement('input');
    input.id = 'qty';
    input.setAttribute('aria-label', 'Quantity');
    const el = document.createElement('error-banner');
    el.fieldTargets = { quantity: 'qty', missing: 'nowhere' };
    el.error = normalizeError(
      { errors: { quantity: ['must be positive'], missing: ['x'] } },
      { status: 422 },
    );
    root.append(el, input);
    await el.updateComplete;
    const [toQty, toNowhere] = part(el, 'fields')!.querySelectorAll('a');
    toNowhere.click();
    toQty.click();
    expect(root.activeElement).to.equal(input);
  });
});

describe('<error-banner> copy', () => {
  afterEach(() => sinon.restore());

  it('copies the reference, says "Copied" for a moment, announces it and emits faultline-copy', async () => {
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const el = await plain(normalizeError({ message: 'x', error_id: 'ref-7f3a' }, { status: 500 }));
    const copy = q<HTMLButtonElement>(el, '.copy')!;
    expect(textOf(copy)).to.equal('Copy');
    expect(textOf(part(el, 'reference'))).to.include('Reference');
    // Named "Copy reference", the visible "Copy" within it: a page of banners has no row of
    // buttons all called "Copy".
    expect(copy.getAttribute('aria-label')).to.equal('Copy reference');
    setTimeout(() => copy.click());
    const event = await oneEvent(el, FaultlineCopyEvent.type);
    expect(event.detail).to.deep.equal({ text: 'ref-7f3a', what: 'reference' });
    expect(write.calledOnceWith('ref-7f3a')).to.equal(true);
    await el.updateComplete;
    expect(textOf(copy)).to.equal('Copied');
    // Its name is then its visible text; the announcement says what was copied.
    expect(copy.hasAttribute('aria-label')).to.equal(false);
    await waitUntil(() => announced('polite').includes('Reference copied'), 'announced');
    const since = performance.now();
    await waitUntil(() => textOf(copy) === 'Copy', 'back to Copy', { timeout: 4000 });
    expect(performance.now() - since).to.be.above(1000);
    // Copied again while the first "Reference copied" may still be in the region: said again.
    const region = liveRegion('polite');
    const before = region.lastElementChild;
    copy.click();
    await waitUntil(
      () =>
        region.lastElementChild !== before &&
        region.lastElementChild?.textContent === 'Reference copied',
      'announced again',
    );
  });

  it('neither announces nor emits a copy that finishes after the banner was removed', async () => {
    let finish!: () => void;
    sinon.stub(navigator.clipboard, 'writeText').returns(new Promise<void>((r) => (finish = r)));
    const el = await plain(normalizeError({ error_id: 'ref-11' }, { status: 500 }));
    let copied = false;
    el.addEventListener('faultline-copy', () => (copied = true));
    clearLiveRegions();
    q<HTMLButtonElement>(el, '.copy')!.click();
    el.remove();
    finish();
    await nextFrame();
    expect(copied).to.equal(false);
    expect(announced('polite')).to.not.include('Reference copied');
  });

  it('falls back to a selected textarea when the Clipboard API refuses', async () => {
    sinon
      .stub(navigator.clipboard, 'writeText')
      .rejects(new DOMException('denied', 'NotAllowedError'));
    const exec = sinon.stub(document, 'execCommand').returns(true);
    const el = await plain(normalizeError({ error_id: 'ref-9' }, { status: 500 }));
    q<HTMLButtonElement>(el, '.copy')!.click();
    await waitUntil(() => textOf(q(el, '.copy')) === 'Copied');
    expect(exec.calledWith('copy')).to.equal(true);
  });

  it('selects the reference for copying by hand when no copy works', async () => {
    sinon.stub(navigator.clipboard, 'writeText').rejects(new Error('denied'));
    sinon.stub(document, 'execCommand').returns(false);
    let copied = false;
    const el = await plain(normalizeError({ error_id: 'ref-10' }, { status: 500 }));
    el.addEventListener('faultline-copy', () => (copied = true));
    q<HTMLButtonElement>(el, '.copy')!.click();
    await nextFrame();
    expect(copied).to.equal(false);
    expect(textOf(q(el, '.copy'))).to.equal('Copy');
    expect(getSelection()?.toString()).to.equal('ref-10');
  });
});

describe('<error-banner> announcements', () => {
  let t: { en: TFunction; nb: TFunction; ar: TFunction };
  before(async () => {
    t = await translators();
  });
  beforeEach(() => clearLiveRegions());

  it('announces headline and next step once, assertively for an error, not on re-render', async () => {
    const el = await plain(errorOf('server'));
    const want = expected(el, t.en);
    const text = `${want.headline} ${want.nextStep}`;
    await waitUntil(() => announced('assertive').includes(text), 'announced');
    expect(announced('assertive').filter((s) => s === text)).to.have.length(1);
    expect(announced('polite')).to.not.include(text);
    clearLiveRegions();
    el.requestUpdate();
    el.dismissible = true;
    await el.updateComplete;
    await nextFrame();
    expect(announced('assertive')).to.deep.equal([]);
  });

  it('announces again when the error changes', async () => {
    const el = await plain(errorOf('server'));
    await waitUntil(() => announced('assertive').length === 1);
    el.error = errorOf('conflict');
    await el.updateComplete;
    const want = expected(el, t.en);
    await waitUntil(
      () => announced('assertive').includes(`${want.headline} ${want.nextStep}`),
      'second error',
    );
  });

  it('announces a warning politely', async () => {
    const el = await plain(
      normalizeError(
        { errors: [{ code: 'C0100W', message: 'Date format deprecated' }] },
        { status: 200, method: 'POST' },
      ),
    );
    const want = expected(el, t.en);
    await waitUntil(
      () => announced('polite').includes(`${want.headline} ${want.nextStep}`),
      'polite',
    );
    expect(announced('assertive')).to.deep.equal([]);
  });

  it("announces in the banner's language once its strings are there", async () => {
    const el = await banner(
      html`<error-banner lang="ar" .error=${errorOf('timeout')}></error-banner>`,
    );
    const want = expected(el, t.ar);
    await waitUntil(() => announced('assertive').length > 0, 'announced');
    expect(announced('assertive')).to.deep.equal([`${want.headline} ${want.nextStep}`]);
  });

  it('does not announce a closed banner, nor a page banner (it takes focus instead)', async () => {
    const closed = await banner(
      html`<error-banner .open=${false} .error=${errorOf('server')}></error-banner>`,
    );
    const page = await banner(
      html`<error-banner variant="page" .error=${errorOf('conflict')}></error-banner>`,
    );
    await nextFrame();
    expect(announced('assertive')).to.deep.equal([]);
    closed.open = true;
    await closed.updateComplete;
    await waitUntil(() => announced('assertive').length === 1, 'announced on open');
    expect(page.open).to.equal(true);
  });

  it('is heard when it is moved right after a new failure (a move is not a removal)', async () => {
    const el = await plain(errorOf('server'));
    await waitUntil(() => announced('assertive').length === 1);
    clearLiveRegions();
    el.error = errorOf('conflict');
    await el.updateComplete;
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el); // a list re-ordered in the same task
    const want = expected(el, t.en);
    await waitUntil(
      () => announced('assertive').includes(`${want.headline} ${want.nextStep}`),
      'announced after the move',
    );
    other.remove();
  });

  it('presents an error that arrived while the banner was out of the page once it is back', async () => {
    // A kept-alive view or a hidden tab pane: the failure happens while it is detached.
    const el = await plain(errorOf('server'));
    await waitUntil(() => announced('assertive').length === 1);
    clearLiveRegions();
    const parent = el.parentElement!;
    el.remove();
    el.error = errorOf('conflict');
    await el.updateComplete;
    await nextFrame();
    expect(announced('assertive')).to.deep.equal([]);
    parent.append(el);
    const want = expected(el, t.en);
    await waitUntil(
      () => announced('assertive').includes(`${want.headline} ${want.nextStep}`),
      'announced when back',
    );
  });

  it('is heard saying only the failure on screen, not one replaced or cleared before it was said', async () => {
    const el = await plain(errorOf('server'));
    await waitUntil(() => announced('assertive').length === 1);
    clearLiveRegions();
    document.getElementById('faultline-live-region')?.remove(); // the first words wait longest
    el.error = errorOf('conflict');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 30));
    el.error = errorOf('timeout');
    await el.updateComplete;
    const want = expected(el, t.en);
    await waitUntil(() => announced('assertive').length > 0, 'announced');
    await nextFrame();
    expect(announced('assertive')).to.deep.equal([`${want.headline} ${want.nextStep}`]);
    // Cleared before its words went out: nothing is said.
    clearLiveRegions();
    el.error = errorOf('server');
    await el.updateComplete;
    el.error = null;
    await el.updateComplete;
    await nextFrame();
    expect(announced('assertive')).to.deep.equal([]);
  });
});

describe('<error-banner> error given as an attribute', () => {
  it('says once that only the property takes an error, instead of staying silently empty', async () => {
    const warnings = await warningsDuring(async () => {
      await fixture(
        html`<div>
          <error-banner error="503"></error-banner><error-banner error="404"></error-banner>
        </div>`,
      );
    });
    const ours = warnings.filter((w) => w.includes('error attribute'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('<error-banner>').and.contain('element.error =');
  });
});

describe('objects and functions written as attributes (a framework that rendered before the import)', () => {
  it('says which attribute is ignored and which property to set, once each, and not for its own attributes', async () => {
    const warnings = await warningsDuring(async () => {
      // What Vue writes for :retryAction and :fieldTargets while the tag is not defined yet.
      const el = await fixture<HTMLElement>(
        html`<error-banner
          retryaction="(signal) =&gt; fetch('/x')"
          fieldtargets="[object Object]"
        ></error-banner>`,
      );
      await fixture(html`<support-checklist context="[object Object]"></support-checklist>`);
      // Moved after rendering a failure: the banner's own severity attribute is no mistake.
      (el as HTMLElement & { error: unknown }).error = { status: 503 };
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      el.remove();
      document.body.append(el);
      el.remove();
    });
    const ours = warnings.filter((w) => w.includes('attribute: set the property'));
    expect(ours).to.have.length(3);
    expect(ours).to.have.members([
      '[faultline] <error-banner> ignores its fieldtargets attribute: set the property (element.fieldTargets = …).',
      '[faultline] <error-banner> ignores its retryaction attribute: set the property (element.retryAction = …).',
      '[faultline] <support-checklist> ignores its context attribute: set the property (element.context = …).',
    ]);
  });
});

describe('<error-banner> invalid variant', () => {
  it('warns once about an unknown variant and still renders the message', async () => {
    const warnings = await warningsDuring(async () => {
      const el = document.createElement('error-banner');
      el.setAttribute('variant', 'tost');
      el.error = { message: 'x' };
      document.body.append(el);
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="headline"]')!.textContent!.trim()).not.to.equal(
        '',
      );
      el.remove();
    });
    const ours = warnings.filter((w) => w.includes('variant="tost"'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('inline, toast, page');
  });
});

describe('<error-banner> after a retry of its own', () => {
  let t: { en: TFunction; nb: TFunction; ar: TFunction };
  before(async () => {
    t = await translators();
  });
  beforeEach(() => clearLiveRegions());

  const unavailable = () => normalizeError('', { status: 503, method: 'GET' });
  const answer =
    (status: number, body = '') =>
    async () =>
      new Response(body, { status, headers: { 'content-type': 'application/json' } });

  it('announces the new words when a retry failed differently, on a page too', async () => {
    for (const variant of ['inline', 'page']) {
      clearLiveRegions();
      const el = await banner(
        html`<error-banner
          variant=${variant}
          .error=${unavailable()}
          .retryAction=${answer(400, '{"message":"Name is required"}')}
        ></error-banner>`,
      );
      await nextFrame();
      const first = expected(el, t.en);
      await pressRetry(el);
      const want = () => {
        const now = expected(el, t.en);
        return `${now.headline} ${now.nextStep}`;
      };
      await waitUntil(() => el.normalizedError.kind === 'validation', 'failed differently');
      await el.updateComplete;
      expect(want()).to.not.equal(`${first.headline} ${first.nextStep}`);
      await waitUntil(() => announced('assertive').includes(want()), `${variant}: new words said`);
    }
  });

  it('leaves a retry that failed the same way to the retry button, not repeating its words', async () => {
    const el = await banner(
      html`<error-banner .error=${unavailable()} .retryAction=${answer(503)}></error-banner>`,
    );
    const want = expected(el, t.en);
    const words = `${want.headline} ${want.nextStep}`;
    await waitUntil(() => announced('assertive').includes(words), 'first said');
    clearLiveRegions();
    const failed = oneEvent(el, 'faultline-retry-failure');
    await pressRetry(el);
    await failed;
    await el.updateComplete;
    await waitUntil(() => announced('assertive').length > 0, 'the button speaks');
    await nextFrame();
    expect(announced('assertive')).to.not.include(words);
    expect(announced('polite')).to.not.include(words);
  });

  it('shows the retry slot, not a dead button, for a retryAction that is not a function', async () => {
    let el!: ErrorBanner;
    const warnings = await warningsDuring(async () => {
      el = await banner(
        html`<error-banner
          .error=${unavailable()}
          .retryAction=${Promise.resolve('a result, not a function') as never}
          ><button slot="retry">Mine</button></error-banner
        >`,
      );
    });
    // Compared as booleans: a failing element comparison would ship the element to the runner.
    expect(q(el, 'retry-button') === null, 'no built-in button').to.equal(true);
    expect(q<HTMLSlotElement>(el, 'slot[name="retry"]')?.assignedElements().length).to.equal(1);
    expect(warnings.some((w) => w.includes('retryAction is not a function'))).to.equal(true);
  });
});
