import { expect, fixture, html } from '@open-wc/testing';
import { banner } from './error-banner-helpers.js';
import '../../src/elements/retry-button/retry-button.define.js';
import type { RetryButton } from '../../src/elements/retry-button/retry-button.js';
import { normalizeError } from '../../src/core/normalize.js';
import type { NormalizeInit, RetryAction } from '../../src/core/types.js';
import { en } from '../../src/i18n/locales/en.js';
import { actionsOf, part, plain, q, textOf } from './error-banner-helpers.js';

/**
 * What the operator reads must agree with what the banner and the retry button offer. Rows come
 * from a matrix of every kind × request class × attempt/refresh/Retry-After state × vendor code
 * × fixture, rendered; each is a contradiction that matrix found.
 */
describe('words match the actions', () => {
  const DELAY = /^Try again in \d+ (second|minute|hour)s?\.$/;
  const wait = (seconds: number) => ({ 'Retry-After': String(seconds) });

  // A Retry-After on a failure whose advice is not "retry" (reload, sign in again): the banner
  // offers no retry, so "Try again in 30 seconds." would send the operator to a button that is not
  // there, and for a write, past "check the history first".
  const notRetried: [string, NormalizeInit, RetryAction, string[], string][] = [
    [
      'a 409 on a read',
      { status: 409, method: 'GET', headers: wait(30) },
      'reload',
      ['reload'],
      en.kinds.conflict.next,
    ],
    [
      'a 409 on a PUT',
      { status: 409, method: 'PUT', headers: wait(30) },
      'reload',
      ['reload'],
      en.kinds.conflict.write.next,
    ],
    [
      'a 423 Locked on a POST, for 2 minutes',
      { status: 423, method: 'POST', headers: wait(120) },
      'reload',
      ['reload'],
      en.kinds.conflict.write.next,
    ],
    [
      'a 401 on a read',
      { status: 401, method: 'GET', headers: wait(30) },
      'refresh-session',
      ['refresh-session'],
      en.kinds.unauthenticated.next,
    ],
    [
      'a 401 on a POST',
      { status: 401, method: 'POST', headers: wait(600) },
      'refresh-session',
      ['refresh-session'],
      en.kinds.unauthenticated.next,
    ],
  ];
  for (const [name, init, action, buttons, next] of notRetried) {
    it(`says the next step, not a wait for a retry it does not offer, for ${name} with Retry-After`, async () => {
      const el = await plain(normalizeError('', init));
      expect(el.retryAdvice.action).to.equal(action);
      expect(actionsOf(el)).to.deep.equal(buttons);
      expect(q(el, 'slot[name="retry"]'), 'retry slot').to.equal(null);
      const said = textOf(part(el, 'next-step'));
      expect(said).to.not.match(DELAY);
      expect(said).to.equal(next);
    });
  }

  it('still says the wait where the advice is to retry', async () => {
    const el = await plain(normalizeError('', { status: 429, method: 'GET', headers: wait(30) }));
    expect(q(el, 'slot[name="retry"]')).to.not.equal(null);
    expect(textOf(part(el, 'next-step'))).to.equal('Try again in 30 seconds.');
  });

  // Beside the built-in retry button, which counts the server's wait down, the kind's words
  // ("Try again in a moment.") must not contradict it: a maintenance window's Retry-After is hours.
  const ORMUCO_503 = { code: 503, key: 'service_unavailable' };
  const counted: [string, unknown, NormalizeInit, number, RegExp][] = [
    ['a 503 on a read, for 2 hours', '', { status: 503, method: 'GET' }, 7200, /2 hours/],
    ['a 429 on a read, for 10 minutes', '', { status: 429, method: 'GET' }, 600, /10 minutes/],
    ['a 504 on a PUT, for 30 seconds', '', { status: 504, method: 'PUT' }, 30, /30 seconds/],
    ['Ormuco service_unavailable, for 2 hours', ORMUCO_503, { method: 'GET' }, 7200, /2 hours/],
  ];
  for (const [name, input, init, seconds, shown] of counted) {
    it(`points at the countdown instead of "in a moment" for ${name}`, async () => {
      const el = await banner(
        html`<error-banner
          .error=${normalizeError(input, { ...init, headers: wait(seconds) })}
          .retryAction=${() => Promise.resolve()}
        ></error-banner>`,
      );
      const retry = q<RetryButton>(el, 'retry-button')!;
      await retry.updateComplete;
      expect(textOf(retry.shadowRoot!.querySelector('[part~="countdown"]'))).to.match(shown);
      const said = textOf(part(el, 'next-step'));
      expect(said).to.not.match(/moment|\d/);
      expect(said).to.equal(en.delay.countdown);
    });
  }

  // "Critical" means a P0 write. A failed load flagged so said "Try again in a moment." beside
  // a lone Reload button: a read is retried as a read, and words and buttons agree.
  it('treats a read flagged critical as a read: its retry is offered as its words say', async () => {
    const el = await banner(
      html`<error-banner critical method="GET" .error=${{ status: 503 }}></error-banner>`,
    );
    expect(el.retryAdvice).to.include({ retry: 'auto', action: 'retry' });
    expect(actionsOf(el)).to.deep.equal([]);
    expect(q(el, 'slot[name="retry"]'), 'retry slot').to.not.equal(null);
    expect(textOf(part(el, 'next-step'))).to.equal(en.kinds.unavailable.next);
  });

  // A critical (P0) write is never repeated from the button. Where it was refused outright, the
  // reason must still name what helps: reloading a form would throw away the details to correct.
  const ACTIVATE: NormalizeInit = {
    method: 'POST',
    endpoint: '/orders/17/activate',
    critical: true,
  };
  const CRITICAL = `${en.retry.notAllowed.critical} ${en.retry.notAllowed.reload}`;
  const critical: [string, unknown, NormalizeInit, string][] = [
    [
      'a 400',
      { message: 'MarketId is required' },
      { status: 400 },
      en.retry.notAllowed['fix-input'],
    ],
    ['a 413', '', { status: 413 }, en.retry.notAllowed['fix-input']],
    [
      "Ormuco's credit_card_check",
      { code: 403, key: 'credit_card_check', message: 'Card check failed', public: true },
      { status: 403 },
      en.retry.notAllowed['fix-input'],
    ],
    ['a 403', '', { status: 403 }, en.retry.notAllowed['check-access']],
    ['a 404', '', { status: 404 }, en.retry.notAllowed['verify-reference']],
    [
      'a 2xx with a warning',
      { errors: [{ code: 'C00023W', message: 'w' }] },
      { status: 200 },
      en.retry.notAllowed.none,
    ],
    // Unchanged: the outcome is unknown, or the words already say "reload and check".
    ['a 503', '', { status: 503 }, CRITICAL],
    ['a 409', '', { status: 409 }, CRITICAL],
    ['a 401', '', { status: 401 }, CRITICAL],
    ['a 402', '', { status: 402 }, CRITICAL],
  ];
  for (const [name, input, init, reason] of critical) {
    it(`gives a critical write's blocked retry the reason its advice has: ${name}`, async () => {
      const el = await fixture<RetryButton>(
        html`<retry-button
          .error=${normalizeError(input, { ...ACTIVATE, ...init })}
          .action=${async () => 'ok'}
        ></retry-button>`,
      );
      expect(el.state).to.equal('blocked');
      expect(el.shadowRoot!.querySelector('[part~="base"]')).to.equal(null);
      expect(textOf(el.shadowRoot!.querySelector('[part~="status"]'))).to.equal(reason);
    });
  }
});
