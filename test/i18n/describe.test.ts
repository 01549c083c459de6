import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TFunction } from 'i18next';
import { ERROR_KINDS } from '../../src/core/types.js';
import type {
  ErrorKind,
  NormalizedError,
  OperationInfo,
  RetryAdvice,
} from '../../src/core/types.js';
import { createI18n, describeError, loadLocale, NAMESPACE } from '../../src/i18n/index.js';
import { en } from '../../src/i18n/locales/en.js';
import { ar } from '../../src/i18n/locales/ar.js';
import { nb } from '../../src/i18n/locales/nb.js';
import type { CatalogTree } from '../../src/i18n/catalog.js';
import { createPseudoI18n, isPseudo } from './pseudo.js';
import { makeError as err, OPS } from '../core/make-error.js';
import { adviseRetry } from '../../src/core/policy.js';
import { normalizeError } from '../../src/core/normalize.js';

const op = (method: string, extra: Partial<OperationInfo> = {}): OperationInfo => ({
  method,
  idempotent: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'].includes(method),
  critical: false,
  ...extra,
});
const advice = (init: Partial<RetryAdvice> = {}): RetryAdvice => ({
  retry: 'manual',
  action: 'retry',
  attemptsLeft: 1,
  ...init,
});

/** A string of a catalog by path, or undefined. */
function at(catalog: CatalogTree, path: string): string | undefined {
  let node: string | CatalogTree | undefined = catalog;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * Every code and key the seeds name, with the kind the normalizer gives it (src/core/adapters),
 * plus the Omnium rate-limit codes this kit defines.
 */
const SEED_CODES: readonly (readonly [string, ErrorKind])[] = [
  ['C0001E', 'validation'],
  ['C0100E', 'validation'],
  ['C0101E', 'validation'],
  ['C0020E', 'forbidden'],
  ['C0120E', 'not_found'],
  ['C0121E', 'validation'],
  ['C0122E', 'validation'],
  ['C0140E', 'validation'],
  ['C0141E', 'validation'],
  ['S0001E', 'request_failed'],
  ['FAILED', 'request_failed'],
  ['NO_MATCH', 'not_found'],
  ['NotNull', 'validation'],
  ['InvalidInput', 'unauthenticated'],
  ['no_retailer', 'forbidden'],
  ['invalid_grant', 'unauthenticated'],
  ['invalid_token', 'unauthenticated'],
  ['unauthorized', 'unauthenticated'],
  ['bad_request', 'validation'],
  ['forbidden', 'forbidden'],
  ['credit_card_check', 'request_failed'],
  ['not_found', 'not_found'],
  ['not_allowed', 'unsupported'],
  ['not_acceptable', 'unsupported'],
  ['request_timeout', 'timeout'],
  ['conflict', 'conflict'],
  ['payload_too_large', 'payload_too_large'],
  ['too_many_requests', 'rate_limited'],
  ['token_required', 'unauthenticated'],
  ['server_error', 'server'],
  ['sql_multiple_results_found', 'request_failed'],
  ['missing_defaul_value', 'request_failed'],
  ['bad_gateway', 'unavailable'],
  ['service_unavailable', 'unavailable'],
  ['gateway_timeout', 'timeout'],
  ['no_available_licenses', 'forbidden'],
  ['method_not_supported', 'unsupported'],
  ['concurrency_limit', 'rate_limited'],
  ['user_concurrency_limit', 'rate_limited'],
  ['tenant_concurrency_limit', 'rate_limited'],
  ['token_bucket_exhausted', 'rate_limited'],
  ['batch_concurrency_limit', 'rate_limited'],
];

describe('describeError', () => {
  const i18n = createI18n();
  let tEn: TFunction;
  let tNb: TFunction;
  let tAr: TFunction;
  before(async () => {
    await Promise.all([loadLocale(i18n, 'nb'), loadLocale(i18n, 'ar')]);
    tEn = i18n.getFixedT('en', NAMESPACE);
    tNb = i18n.getFixedT('nb', NAMESPACE);
    tAr = i18n.getFixedT('ar', NAMESPACE);
  });

  it('turns "Unauthorized" into the OmniValVMS sentence', () => {
    expect(describeError(err({ kind: 'unauthenticated', status: 401 }), tEn)).to.deep.equal({
      headline: 'Your session expired.',
      nextStep: 'Sign in again to continue.',
    });
  });

  it('says the same sentence for a payload that names the code "unauthorized"', () => {
    // Ormuco's 401 envelope and Fluent's OAuth answer, as SPEC's example has it.
    const ormuco = normalizeError(
      { key: 'unauthorized', title: 'Unauthorized', message: 'Unauthorized', public: true },
      { status: 401, method: 'GET' },
    );
    const fluent = normalizeError({ error: 'unauthorized' }, { status: 401, method: 'PUT' });
    for (const error of [ormuco, fluent]) {
      expect(error.code).to.equal('unauthorized');
      expect(describeError(error, tEn)).to.include({
        headline: 'Your session expired.',
        nextStep: 'Sign in again to continue.',
      });
    }
  });

  for (const [name, catalog, t] of [
    ['English', en, () => tEn],
    ['Norwegian', nb, () => tNb],
  ] as const) {
    it(`gives every kind its headline and next step in ${name}`, () => {
      for (const kind of ERROR_KINDS) {
        const d = describeError(err({ kind }), t());
        expect(d.headline, kind).to.equal(at(catalog, `kinds.${kind}.headline`));
        expect(d.nextStep, kind).to.equal(at(catalog, `kinds.${kind}.next`));
      }
    });

    it(`gives every seed code its own message in ${name}, falling back to the kind per field`, () => {
      for (const [code, kind] of SEED_CODES) {
        const own = {
          headline: at(catalog, `codes.${code}.headline`),
          next: at(catalog, `codes.${code}.next`),
        };
        expect(own.headline ?? own.next, `${code} has a message`).to.be.a('string');
        const d = describeError(err({ kind, code }), t());
        expect(d.headline, code).to.equal(own.headline ?? at(catalog, `kinds.${kind}.headline`));
        expect(d.nextStep, code).to.equal(own.next ?? at(catalog, `kinds.${kind}.next`));
      }
    });
  }

  it('tells the operator to fix a refused card, as the advice says, not to contact support', () => {
    for (const code of [
      'card_declined',
      'expired_card',
      'incorrect_cvc',
      'incorrect_number',
      'insufficient_funds',
    ]) {
      const error = normalizeError(
        { error: { type: 'card_error', code, message: 'Your card was declined.' } },
        { status: 402, method: 'POST', endpoint: '/payments' },
      );
      expect(adviseRetry(error).action, code).to.equal('fix-input');
      expect(describeError(error, tEn, adviseRetry(error)), code).to.deep.include({
        headline: 'The card was not accepted.',
        nextStep: 'Check the card details or use another card, then try again.',
      });
      expect(describeError(error, tNb).headline, code).to.equal('Kortet ble ikke godtatt.');
    }
  });

  it('says the GraphQL complexity error in plain words', () => {
    expect(describeError(err({ kind: 'validation', code: 'C0001E' }), tEn)).to.deep.equal({
      headline: 'This asks for too much data at once.',
      nextStep: 'Narrow the search or show fewer records, then try again.',
    });
  });

  it('looks a code up exactly first, then lower-cased', () => {
    expect(
      describeError(err({ kind: 'request_failed', code: 'CREDIT_CARD_CHECK' }), tEn).headline,
    ).to.equal(en.codes.credit_card_check.headline);
    // 'FAILED' is Fluent's event status; 'failed' in any other case is not a known code.
    expect(describeError(err({ kind: 'request_failed', code: 'Failed' }), tEn).headline).to.equal(
      en.kinds.request_failed.headline,
    );
  });

  it('ignores codes that i18next would read as paths, namespaces or object members', () => {
    for (const code of [
      'codes.C0001E',
      'faultline:C0001E',
      '__proto__',
      'constructor',
      'toString',
      'a b',
      '',
      'x'.repeat(65),
    ]) {
      expect(describeError(err({ kind: 'server', code }), tEn).headline, code).to.equal(
        en.kinds.server.headline,
      );
    }
  });

  describe('read, write and critical', () => {
    it('tells a failed save from a failed load', () => {
      const load = describeError(err({ kind: 'server', operation: op('GET') }), tEn);
      const save = describeError(err({ kind: 'server', operation: op('POST') }), tEn);
      expect(load.headline).to.equal(en.kinds.server.read.headline);
      expect(save.headline).to.equal(en.kinds.server.write.headline);
      expect(save.nextStep).to.equal(en.kinds.server.write.next);
      expect(save.headline).to.not.equal(load.headline);
    });

    it('says a refused write was not saved', () => {
      const d = describeError(err({ kind: 'validation', operation: op('PATCH') }), tEn);
      expect(d).to.deep.equal({
        headline: en.kinds.validation.write.headline,
        nextStep: en.kinds.validation.write.next,
      });
    });

    it('uses the kind when the method is unknown', () => {
      const d = describeError(
        err({ kind: 'server', operation: { idempotent: false, critical: false } }),
        tEn,
      );
      expect(d.headline).to.equal(en.kinds.server.headline);
    });

    it('never suggests replaying a critical write whose outcome is unknown', () => {
      for (const kind of [
        'server',
        'timeout',
        'network',
        'unavailable',
        'aborted',
        'unknown',
      ] as const) {
        const d = describeError(
          err({ kind, operation: op('POST', { critical: true }) }),
          tEn,
          advice({ retry: 'never', action: 'reload' }),
        );
        expect(d, kind).to.deep.equal({
          headline: 'The change may not have been saved.',
          nextStep: 'Reload and check the history. Make the change again only if it is not there.',
        });
      }
    });

    it('asks to check the history on a critical write refused without a code', () => {
      const d = describeError(
        err({ kind: 'request_failed', status: 402, operation: op('POST', { critical: true }) }),
        tEn,
        advice({ retry: 'never', action: 'contact-support', attemptsLeft: 0 }),
      );
      expect(d).to.deep.equal({
        headline: en.kinds.request_failed.critical.headline,
        nextStep: en.kinds.request_failed.critical.next,
      });
    });

    it('lets a vendor code speak on a critical write that was refused outright', () => {
      const d = describeError(
        err({
          kind: 'request_failed',
          code: 'credit_card_check',
          operation: op('POST', { critical: true }),
        }),
        tEn,
      );
      expect(d.headline).to.equal(en.codes.credit_card_check.headline);
    });

    it('puts safety before a vendor code when a write may have happened', () => {
      const d = describeError(
        err({ kind: 'server', code: 'server_error', operation: op('POST') }),
        tEn,
      );
      expect(d).to.deep.equal({
        headline: en.kinds.server.write.headline,
        nextStep: en.kinds.server.write.next,
      });
      const critical = describeError(
        err({ kind: 'server', code: 'S0001E', operation: op('POST', { critical: true }) }),
        tEn,
      );
      expect(critical.headline).to.equal(en.critical.headline);
    });

    it('asks to check the history after signing in again for a critical write', () => {
      const d = describeError(
        err({ kind: 'unauthenticated', operation: op('POST', { critical: true }) }),
        tEn,
        advice({ action: 'sign-in', retry: 'never' }),
      );
      expect(d.nextStep).to.equal(en.kinds.unauthenticated.critical.next);
    });

    it('ignores the critical flag on a read', () => {
      const d = describeError(
        err({ kind: 'server', operation: op('GET', { critical: true }) }),
        tEn,
      );
      expect(d.headline).to.equal(en.kinds.server.read.headline);
    });

    it('gives a write that is safe to repeat the kind’s own next step, not "check first"', () => {
      for (const kind of [
        'network',
        'timeout',
        'unavailable',
        'server',
        'aborted',
        'unknown',
      ] as const) {
        const put = describeError(err({ kind, operation: OPS.put }), tEn);
        const post = describeError(err({ kind, operation: OPS.post }), tEn);
        // Both may not have been saved…
        expect(put.headline, kind).to.equal(post.headline);
        expect(post.nextStep, kind).to.equal(at(en, `kinds.${kind}.write.next`));
        // …but only the POST must be checked first: the retry button repeats the PUT unasked.
        expect(put.nextStep, kind).to.equal(at(en, `kinds.${kind}.next`));
      }
      // A POST with an idempotency key counts as safe to repeat.
      const keyed = describeError(err({ kind: 'timeout', operation: OPS.postWithKey }), tEn);
      expect(keyed.nextStep).to.equal(en.kinds.timeout.next);
    });

    it('asks a critical write refused by a rate limit to reload and check before repeating it', () => {
      const d = describeError(
        err({ kind: 'rate_limited', status: 429, operation: OPS.activate }),
        tEn,
        adviseRetry(err({ kind: 'rate_limited', status: 429, operation: OPS.activate })),
      );
      expect(d).to.deep.equal({
        headline: en.kinds.rate_limited.headline,
        nextStep: en.kinds.rate_limited.critical.next,
      });
    });

    it('never invites another try where the advice sends the operator elsewhere', () => {
      const ops = [undefined, OPS.read, OPS.put, OPS.post, OPS.activate, OPS.criticalPut];
      const states = [{}, { attempt: 1 }, { attempt: 3 }, { refreshed: true }];
      const cases = [
        ...ERROR_KINDS.map((kind) => ({ kind })),
        ...SEED_CODES.map(([code, kind]) => ({ kind, code })),
      ];
      let checked = 0;
      for (const c of cases)
        for (const operation of ops)
          for (const state of states) {
            const e = err({ ...c, operation });
            const a = adviseRetry(e, state);
            if (
              a.retry !== 'never' ||
              !['contact-support', 'check-access', 'reload'].includes(a.action)
            )
              continue;
            const { nextStep } = describeError(e, tEn, a);
            // "Trying again will not help" and "…only if nothing was recorded" are fine.
            expect(
              nextStep,
              `${JSON.stringify(c)} ${operation?.method} ${JSON.stringify(state)}`,
            ).not.to.match(/\btry again\b(?! only if)/i);
            checked++;
          }
      expect(checked).to.be.greaterThan(300);
    });

    it('never tells the operator to wait minutes where the kit itself tries again within seconds', () => {
      const cases = [
        ...ERROR_KINDS.map((kind) => ({ kind })),
        ...SEED_CODES.map(([code, kind]) => ({ kind, code })),
      ];
      let checked = 0;
      for (const c of cases)
        for (const operation of [undefined, OPS.read, OPS.put]) {
          const e = err({ ...c, operation });
          const a = adviseRetry(e, {});
          // The built-in button counts this delay down ("Trying again in 1 second").
          if (a.retry !== 'auto' || (a.delayMs ?? 0) > 60_000) continue;
          const { nextStep } = describeError(e, tEn, a);
          expect(nextStep, `${JSON.stringify(c)} ${operation?.method}`).not.to.match(
            /\bminutes?\b|\blater\b/i,
          );
          checked++;
        }
      expect(checked).to.be.greaterThan(20);
    });
  });

  describe('warnings', () => {
    const fluentWarning = (status: number, method: string) =>
      normalizeError(
        { errors: [{ code: 'C0100W', message: 'Date format deprecated' }] },
        { status, method },
      );

    it('says a warning on a response that succeeded went through, not that it was not saved', () => {
      for (const method of ['POST', 'GET']) {
        const e = fluentWarning(200, method);
        expect(e.severity).to.equal('warning');
        const d = describeError(e, tEn, adviseRetry(e));
        expect(d.headline, method).to.equal(en.passedWithWarning.headline);
        expect(d.nextStep).to.equal(en.passedWithWarning.next);
        expect(d.headline).to.not.match(/not (been )?saved|could not/);
      }
      const nbText = describeError(fluentWarning(201, 'POST'), tNb);
      expect(nbText.headline).to.equal(nb.passedWithWarning.headline);
    });

    it('keeps the kind’s words for a warning code on a failed response', () => {
      const e = fluentWarning(400, 'POST');
      const d = describeError(e, tEn, adviseRetry(e));
      expect(d.headline).to.equal(en.kinds.validation.write.headline);
    });
  });

  describe('session', () => {
    it('says the operator is no longer signed in when the advice is to sign in', () => {
      const d = describeError(
        err({ kind: 'unauthenticated', status: 401, code: 'invalid_token' }),
        tEn,
        advice({ action: 'sign-in', retry: 'never' }),
      );
      expect(d).to.deep.equal({
        headline: 'You are no longer signed in.',
        nextStep: 'Sign in again to continue.',
      });
    });

    it('lets a missing token or refused credentials say so: there was no session to renew', () => {
      const signIn = advice({ action: 'sign-in', retry: 'never' });
      // Ormuco 499, with its envelope and with an empty body.
      for (const e of [
        err({ kind: 'unauthenticated', status: 499, code: 'token_required' }),
        err({ kind: 'unauthenticated', status: 499 }),
      ])
        expect(describeError(e, tEn, signIn)).to.deep.equal({
          headline: 'You are not signed in.',
          nextStep: 'Sign in, then try again.',
        });
      // Fluent's POST /oauth/token "Bad credentials".
      expect(
        describeError(err({ kind: 'unauthenticated', code: 'invalid_grant' }), tEn, signIn),
      ).to.deep.equal({
        headline: 'Your sign-in could not be confirmed.',
        nextStep: 'Sign in again with your user name and password.',
      });
    });

    it('keeps the plain message while the session can still be refreshed', () => {
      const d = describeError(
        err({ kind: 'unauthenticated' }),
        tEn,
        advice({ action: 'refresh-session', retry: 'auto' }),
      );
      expect(d.headline).to.equal(en.kinds.unauthenticated.headline);
    });
  });

  describe('known delay', () => {
    const next = (ms: number, t = () => tEn, a?: RetryAdvice) =>
      describeError(err({ kind: 'rate_limited', retryAfterMs: ms }), t(), a).nextStep;

    it('says how long to wait, in seconds up to 90 and in minutes beyond', () => {
      expect(next(30_000)).to.equal('Try again in 30 seconds.');
      expect(next(1)).to.equal('Try again in 1 second.');
      expect(next(90_000)).to.equal('Try again in 90 seconds.');
      expect(next(90_001)).to.equal('Try again in 2 minutes.');
      expect(next(60_000 * 5)).to.equal('Try again in 5 minutes.');
    });

    it('says a maintenance window in hours, beyond 90 minutes', () => {
      expect(next(90 * 60_000)).to.equal('Try again in 90 minutes.');
      expect(next(90 * 60_000 + 1)).to.equal('Try again in 2 hours.');
      // Retry-After: 3 days, as a wait a timer can keep.
      expect(next(72 * 3_600_000)).to.equal('Try again in 72 hours.');
      expect(next(3 * 3_600_000, () => tAr)).to.equal(ar.delay.hours_few.replace('{{count}}', '3'));
    });

    it("speaks the server's wait, never the policy's random backoff, and none when retrying is never allowed", () => {
      expect(next(30_000, () => tEn, advice({ delayMs: 30_000 }))).to.equal(
        'Try again in 30 seconds.',
      );
      // A jittered 4.2 s is for the retrier; read by a person it is a promise nothing keeps.
      const jittered = describeError(
        err({ kind: 'unavailable', operation: op('GET') }),
        tEn,
        advice({ retry: 'auto', delayMs: 4_200 }),
      );
      expect(jittered.nextStep).to.equal(en.kinds.unavailable.next);
      expect(
        next(30_000, () => tEn, advice({ retry: 'never', action: 'contact-support' })),
      ).to.equal(en.exhausted.next);
      expect(next(0)).to.equal(en.kinds.rate_limited.next);
      expect(next(Number.NaN)).to.equal(en.kinds.rate_limited.next);
    });

    it('sends to support, not to another try, once the retries ran out', () => {
      const used = advice({ retry: 'never', action: 'contact-support', attemptsLeft: 0 });
      for (const kind of ['network', 'timeout', 'rate_limited', 'unavailable', 'server'] as const) {
        const d = describeError(err({ kind, operation: op('GET') }), tEn, used);
        expect(d.nextStep, kind).to.equal(en.exhausted.next);
      }
      // Kinds that go to support from the start keep their own words.
      const refused = describeError(
        err({ kind: 'request_failed', operation: op('POST') }),
        tEn,
        used,
      );
      expect(refused.nextStep).to.equal(en.kinds.request_failed.next);
      // A critical write's "check the history" still comes first.
      const critical = describeError(
        err({ kind: 'server', operation: op('POST', { critical: true }) }),
        tEn,
        used,
      );
      expect(critical.nextStep).to.equal(en.critical.next);
    });

    it('asks to check a write that is not safe to repeat before support, once the retries ran out', () => {
      const used = advice({ retry: 'never', action: 'contact-support', attemptsLeft: 0 });
      for (const kind of ['network', 'timeout', 'unavailable', 'server', 'aborted'] as const) {
        // The write variant used to win here: "…before you try again" beside Contact support.
        const post = describeError(err({ kind, operation: OPS.post }), tEn, used);
        expect(post.nextStep, kind).to.equal(en.exhausted.write);
        expect(post.headline, kind).to.equal(at(en, `kinds.${kind}.write.headline`));
        // Repeating a PUT does no harm: plain "contact support".
        const put = describeError(err({ kind, operation: OPS.put }), tEn, used);
        expect(put.nextStep, kind).to.equal(en.exhausted.next);
      }
      const nb429 = describeError(err({ kind: 'server', operation: OPS.post }), tNb, used);
      expect(nb429.nextStep).to.equal(nb.exhausted.write);
    });

    it('uses the plural forms of each language', () => {
      expect(next(1_000, () => tNb)).to.equal('Prøv igjen om 1 sekund.');
      expect(next(30_000, () => tNb)).to.equal('Prøv igjen om 30 sekunder.');
      expect(next(2_000, () => tAr)).to.equal(ar.delay.seconds_two);
      expect(next(5_000, () => tAr)).to.equal(ar.delay.seconds_few.replace('{{count}}', '5'));
      expect(next(11_000, () => tAr)).to.equal(ar.delay.seconds_many.replace('{{count}}', '11'));
    });

    it('waits before "check first" only when the write may be repeated safely', () => {
      const put = describeError(
        err({ kind: 'unavailable', retryAfterMs: 10_000, operation: op('PUT') }),
        tEn,
      );
      expect(put).to.deep.equal({
        headline: en.kinds.unavailable.write.headline,
        nextStep: 'Try again in 10 seconds.',
      });
      const post = describeError(
        err({ kind: 'unavailable', retryAfterMs: 10_000, operation: op('POST') }),
        tEn,
      );
      expect(post.nextStep).to.equal(en.kinds.unavailable.write.next);
      const critical = describeError(
        err({
          kind: 'unavailable',
          retryAfterMs: 10_000,
          operation: op('POST', { critical: true }),
        }),
        tEn,
      );
      expect(critical.nextStep).to.equal(en.critical.next);
    });

    it('beats the vendor code’s generic next step', () => {
      const d = describeError(
        err({ kind: 'rate_limited', code: 'concurrency_limit', retryAfterMs: 3_000 }),
        tEn,
      );
      expect(d).to.deep.equal({
        headline: en.codes.concurrency_limit.headline,
        nextStep: 'Try again in 3 seconds.',
      });
    });
  });

  describe('detail', () => {
    it('shows the vendor text, trimmed, only when public', () => {
      const shown = describeError(
        err({
          kind: 'request_failed',
          public: true,
          title: 'Credit card validation error',
          message: '  Failed to validate credit card \n',
        }),
        tEn,
      );
      expect(shown.detail).to.equal('Failed to validate credit card');
      const hidden = describeError(
        err({ kind: 'server', public: false, message: 'Something wrong happened...' }),
        tEn,
      );
      expect(hidden).to.not.have.property('detail');
    });

    it('never shows the title, and leaves blank text out', () => {
      // A title names the problem type, which the headline says better; Ormuco titles its 429
      // "Conflict".
      for (const title of ['Bad Request', 'Conflict', 'One or more validation errors occurred.'])
        expect(describeError(err({ public: true, title }), tEn), title).to.not.have.property(
          'detail',
        );
      const ormuco = describeError(
        err({ kind: 'rate_limited', public: true, title: 'Conflict', message: 'Slow down' }),
        tEn,
      );
      expect(ormuco.detail).to.equal('Slow down');
      expect(describeError(err({ public: true, message: ' \n ' }), tEn)).to.not.have.property(
        'detail',
      );
    });

    it('redacts secrets from the vendor text', () => {
      const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl';
      const d = describeError(
        err({ kind: 'unauthenticated', public: true, message: `Token ${jwt} expired` }),
        tEn,
      );
      expect(d.detail).to.be.a('string').and.not.include(jwt);
    });

    it('is never taken from an error that is not public, whatever the payload says', () => {
      const sneaky = Object.assign(
        Object.create({ public: true }) as object,
        err({ message: 'internal' }),
      ) as NormalizedError;
      (sneaky as { public: unknown }).public = 'true';
      expect(describeError(sneaky, tEn)).to.not.have.property('detail');
    });
  });

  describe('garbage in', () => {
    it('gives the unknown message for anything that is not a normalized error', () => {
      const unknown = { headline: en.kinds.unknown.headline, nextStep: en.kinds.unknown.next };
      for (const input of [
        undefined,
        null,
        42,
        'boom',
        [],
        {},
        { kind: 'teapot' },
        { kind: 'toString' },
      ]) {
        expect(
          describeError(input as unknown as NormalizedError, tEn),
          String(input),
        ).to.deep.equal(unknown);
      }
    });

    it('never throws and always says something', () => {
      fc.assert(
        fc.property(
          fc.anything(),
          fc.option(
            fc.record({
              retry: fc.constantFrom('auto', 'manual', 'never'),
              action: fc.string(),
              delayMs: fc.double(),
              attemptsLeft: fc.nat(),
            }),
          ),
          (input, a) => {
            const d = describeError(
              input as NormalizedError,
              tEn,
              (a ?? undefined) as RetryAdvice | undefined,
            );
            return d.headline.length > 0 && d.nextStep.length > 0;
          },
        ),
      );
    });
  });

  it('takes every word from the catalog (pseudo-locale)', () => {
    const t = createPseudoI18n().getFixedT('en-XA', NAMESPACE);
    for (const kind of ERROR_KINDS) {
      for (const operation of [undefined, op('GET'), op('POST'), op('POST', { critical: true })]) {
        const d = describeError(
          err({ kind, operation, retryAfterMs: 2_000 }),
          t,
          advice({ action: 'sign-in' }),
        );
        expect(isPseudo(d.headline), `${kind} ${d.headline}`).to.be.true;
        expect(isPseudo(d.nextStep), `${kind} ${d.nextStep}`).to.be.true;
      }
    }
  });

  it('works with an i18next t that is not bound to the namespace', () => {
    const app = createI18n();
    expect(describeError(err({ kind: 'forbidden' }), app.t).headline).to.equal(
      en.kinds.forbidden.headline,
    );
  });
});

describe('describeError: Omnium rate limits from the normalizer', () => {
  it('tells the operator which limit was hit', async () => {
    const { normalizeError } = await import('../../src/core/normalize.js');
    const { omniumFixtures } = await import('../fixtures/omnium.js');
    const t = createI18n().getFixedT('en', NAMESPACE) as TFunction;
    const limits = omniumFixtures.filter(
      (f) => f.expect.code?.endsWith('_limit') || f.expect.code === 'token_bucket_exhausted',
    );
    expect(limits).to.have.length(4);
    for (const f of limits) {
      const code = f.expect.code as keyof typeof en.codes;
      const { headline } = describeError(normalizeError(f.input, f.init), t);
      expect(headline, f.name).to.equal((en.codes[code] as { headline: string }).headline);
    }
  });
});
