import { expect } from '@open-wc/testing';
import { adviseRetry, normalizeError } from '../../src/core.js';
import type {
  NormalizedError,
  OperationInfo,
  RetryAdvice,
  RetryPolicyOptions,
  RetryState,
} from '../../src/core.js';
import { makeError, OPS } from './make-error.js';

type Row = [
  because: string,
  error: Partial<NormalizedError>,
  state: RetryState,
  expected: Pick<RetryAdvice, 'retry' | 'action'> & { attemptsLeft?: number },
];

const { read, put, post, postWithKey, activate, criticalPut } = OPS;

// Each row quotes the seed sentence it implements.
const ROWS: Row[] = [
  // Transient failures: reads and idempotent writes retry unasked, plain writes wait for a click.
  [
    'network failure on a read',
    { kind: 'network', operation: read },
    {},
    { retry: 'auto', action: 'retry', attemptsLeft: 3 },
  ],
  [
    'timeout on a PUT (idempotent write)',
    { kind: 'timeout', operation: put },
    {},
    { retry: 'auto', action: 'retry', attemptsLeft: 3 },
  ],
  [
    '429 "Back off before retrying"',
    { kind: 'rate_limited', status: 429, operation: read },
    {},
    { retry: 'auto', action: 'retry', attemptsLeft: 3 },
  ],
  [
    '503 on a POST with an Idempotency-Key',
    { kind: 'unavailable', status: 503, operation: postWithKey },
    {},
    { retry: 'auto', action: 'retry', attemptsLeft: 3 },
  ],
  [
    '500 "Retry cautiously if the action is safe"',
    { kind: 'server', status: 500, operation: read },
    {},
    { retry: 'auto', action: 'retry', attemptsLeft: 2 },
  ],
  [
    "502 on a plain POST: only on the operator's click",
    { kind: 'unavailable', status: 502, operation: post },
    {},
    { retry: 'manual', action: 'retry', attemptsLeft: 3 },
  ],
  [
    '500 on a plain POST',
    { kind: 'server', status: 500, operation: post },
    {},
    { retry: 'manual', action: 'retry', attemptsLeft: 2 },
  ],
  [
    'network failure without any operation: a write, to be safe',
    { kind: 'network' },
    {},
    { retry: 'manual', action: 'retry', attemptsLeft: 3 },
  ],
  [
    'an unknown method is not vouched for',
    { kind: 'network', operation: { method: 'PURGE', idempotent: false, critical: false } },
    {},
    { retry: 'manual', action: 'retry' },
  ],
  [
    'idempotent without a method reads as a read',
    { kind: 'timeout', operation: { idempotent: true, critical: false } },
    {},
    { retry: 'auto', action: 'retry' },
  ],
  [
    'a read flagged critical is still a read: a load replays nothing',
    { kind: 'timeout', operation: { method: 'GET', idempotent: true, critical: true } },
    {},
    { retry: 'auto', action: 'retry', attemptsLeft: 3 },
  ],
  // "For state-changing P0 actions … do not automatically replay the write": reload and read history.
  [
    'P0 write times out',
    { kind: 'timeout', operation: activate },
    {},
    { retry: 'never', action: 'reload', attemptsLeft: 0 },
  ],
  [
    'P0 write hits 503, even when idempotent',
    { kind: 'unavailable', status: 503, operation: criticalPut },
    {},
    { retry: 'never', action: 'reload', attemptsLeft: 0 },
  ],
  [
    'P0 write cancelled by the operator: it may have landed',
    { kind: 'aborted', operation: activate },
    {},
    { retry: 'never', action: 'reload' },
  ],
  // 401: "Refresh the token. Retry once only for reads or clearly idempotent operations".
  [
    '401 on a read: refresh and retry once',
    { kind: 'unauthenticated', status: 401, operation: read },
    {},
    { retry: 'auto', action: 'refresh-session', attemptsLeft: 1 },
  ],
  [
    '401 on a clearly idempotent write: refresh, replay only on a click (SPEC: reads only)',
    { kind: 'unauthenticated', status: 401, operation: put },
    {},
    { retry: 'manual', action: 'refresh-session', attemptsLeft: 1 },
  ],
  [
    '401 on a read after the refresh: "send the user through sign-in again"',
    { kind: 'unauthenticated', status: 401, operation: read },
    { refreshed: true },
    { retry: 'never', action: 'sign-in', attemptsLeft: 0 },
  ],
  [
    '401 on a read after the one retry',
    { kind: 'unauthenticated', status: 401, operation: read },
    { attempt: 1 },
    { retry: 'never', action: 'sign-in', attemptsLeft: 0 },
  ],
  [
    '401 on a plain POST: refresh, replay only on a click',
    { kind: 'unauthenticated', status: 401, operation: post },
    {},
    { retry: 'manual', action: 'refresh-session', attemptsLeft: 1 },
  ],
  [
    '401 on a P0 write: "for P0 writes, reload state/history first"',
    { kind: 'unauthenticated', status: 401, operation: activate },
    {},
    { retry: 'never', action: 'reload', attemptsLeft: 0 },
  ],
  [
    '401 on a P0 write after the refresh',
    { kind: 'unauthenticated', status: 401, operation: activate },
    { refreshed: true },
    { retry: 'never', action: 'sign-in' },
  ],
  [
    'Ormuco 499 Token Required',
    { kind: 'unauthenticated', status: 499, operation: read },
    {},
    { retry: 'never', action: 'sign-in', attemptsLeft: 0 },
  ],
  [
    'code token_required',
    { kind: 'unauthenticated', status: 401, code: 'token_required', operation: read },
    {},
    { retry: 'never', action: 'sign-in' },
  ],
  // Input, access and references: retrying the same request cannot help.
  [
    '400 "retry only after fixing input"',
    { kind: 'validation', status: 400, operation: read },
    {},
    { retry: 'never', action: 'fix-input', attemptsLeft: 0 },
  ],
  [
    '422 "Correct domain data"',
    { kind: 'validation', status: 422, operation: post },
    {},
    { retry: 'never', action: 'fix-input' },
  ],
  [
    '413 "reduce the payload size"',
    { kind: 'payload_too_large', status: 413, operation: put },
    {},
    { retry: 'never', action: 'fix-input' },
  ],
  [
    '403 "Do not retry automatically; confirm role"',
    { kind: 'forbidden', status: 403, operation: read },
    {},
    { retry: 'never', action: 'check-access', attemptsLeft: 0 },
  ],
  [
    'Omilia 403 "No available licenses"',
    { kind: 'forbidden', status: 403, operation: post },
    {},
    { retry: 'never', action: 'check-access' },
  ],
  [
    'Ormuco 403 credit_card_check: the operator fixes the card',
    { kind: 'forbidden', status: 403, code: 'credit_card_check', operation: post },
    {},
    { retry: 'never', action: 'fix-input' },
  ],
  [
    '404 "Confirm IDs and client/vendor scope"',
    { kind: 'not_found', status: 404, operation: read },
    {},
    { retry: 'never', action: 'verify-reference', attemptsLeft: 0 },
  ],
  [
    '409 "Refresh the resource and follow the current state machine"',
    { kind: 'conflict', status: 409, operation: put },
    {},
    { retry: 'manual', action: 'reload', attemptsLeft: 3 },
  ],
  [
    '409 on a P0 write: never replayed',
    { kind: 'conflict', status: 409, operation: activate },
    {},
    { retry: 'never', action: 'reload' },
  ],
  [
    'Omilia 402 "valid parameters but the request failed"',
    { kind: 'request_failed', status: 402, operation: post },
    {},
    { retry: 'never', action: 'contact-support', attemptsLeft: 0 },
  ],
  [
    '402 with a declined card: the operator can fix it',
    { kind: 'request_failed', status: 402, code: 'card_declined', operation: post },
    {},
    { retry: 'never', action: 'fix-input' },
  ],
  [
    'the operator cancelled a read: they may try again',
    { kind: 'aborted', operation: read },
    {},
    { retry: 'manual', action: 'retry', attemptsLeft: 3 },
  ],
  [
    '405/406 unsupported: retrying the same request cannot help',
    { kind: 'unsupported', status: 405, operation: read },
    {},
    { retry: 'never', action: 'contact-support' },
  ],
  [
    'an unknown failure on a read: offer a retry',
    { kind: 'unknown', operation: read },
    {},
    { retry: 'manual', action: 'retry', attemptsLeft: 3 },
  ],
  [
    'an unknown failure on a P0 write',
    { kind: 'unknown', operation: activate },
    {},
    { retry: 'never', action: 'reload' },
  ],
  // Server data cannot reach into Object.prototype.
  [
    'a code named "constructor" is just an unknown code',
    { kind: 'network', code: 'constructor', operation: read },
    {},
    { retry: 'auto', action: 'retry' },
  ],
  [
    'a kind the kit does not know counts as unknown',
    { kind: '__proto__' as NormalizedError['kind'], operation: read },
    {},
    { retry: 'manual', action: 'retry' },
  ],
];

describe('adviseRetry: the policy table', () => {
  for (const [because, error, state, expected] of ROWS) {
    it(because, () => {
      const advice = adviseRetry(makeError(error), state, { random: () => 0.5 });
      expect({ retry: advice.retry, action: advice.action }).to.deep.equal({
        retry: expected.retry,
        action: expected.action,
      });
      if (expected.attemptsLeft !== undefined) {
        expect(advice.attemptsLeft).to.equal(expected.attemptsLeft);
      }
    });
  }
});

describe('adviseRetry: warnings', () => {
  const warning = (status: number, method: string) =>
    normalizeError({ errors: [{ code: 'T0100W', message: 'Carrier slow' }] }, { status, method });

  it('never repeats what went through with a warning (a …W code on a 2xx)', () => {
    for (const method of ['GET', 'PUT', 'POST'])
      for (const status of [200, 201, 204]) {
        const e = warning(status, method);
        expect(e.severity).to.equal('warning');
        expect(adviseRetry(e), `${method} ${status}`).to.deep.equal({
          retry: 'never',
          action: 'none',
          attemptsLeft: 0,
        });
      }
  });

  it('advises a warning code on a failed response as its kind', () => {
    // T is a third party's failure: a server kind, retried like one.
    expect(adviseRetry(warning(502, 'GET')).retry).to.equal('auto');
  });
});

describe('adviseRetry: attempts', () => {
  const network = makeError({ kind: 'network', operation: OPS.read });
  const server = makeError({ kind: 'server', status: 500, operation: OPS.read });

  it('counts down and then sends the operator to support', () => {
    const left = [0, 1, 2, 3].map((attempt) => adviseRetry(network, { attempt }).attemptsLeft);
    expect(left).to.deep.equal([3, 2, 1, 0]);
    expect(adviseRetry(network, { attempt: 3 })).to.deep.equal({
      retry: 'never',
      action: 'contact-support',
      attemptsLeft: 0,
    });
  });

  it('gives a 500 two attempts, then support', () => {
    expect(adviseRetry(server, { attempt: 1 }).retry).to.equal('auto');
    expect(adviseRetry(server, { attempt: 2 })).to.deep.equal({
      retry: 'never',
      action: 'contact-support',
      attemptsLeft: 0,
    });
  });

  it('advises no action when the app allows no attempts, and support once some were made', () => {
    for (const error of [network, server]) {
      const options = { maxAttempts: 0, maxAttemptsServerError: 0 };
      expect(adviseRetry(error, {}, options)).to.deep.equal({
        retry: 'never',
        action: 'none',
        attemptsLeft: 0,
      });
      expect(adviseRetry(error, { attempt: 1 }, options).action).to.equal('contact-support');
    }
    // A session refresh is one attempt whatever the bound: past it, a new sign-in.
    const expired = makeError({ kind: 'unauthenticated', status: 401, operation: OPS.read });
    expect(adviseRetry(expired, {}, { maxAttempts: 0 }).action).to.equal('refresh-session');
  });

  it('never gives a 500 more attempts than maxAttempts allows', () => {
    expect(adviseRetry(server, {}, { maxAttempts: 1 }).attemptsLeft).to.equal(1);
    expect(adviseRetry(server, {}, { maxAttempts: 0 }).action).to.equal('none');
    expect(adviseRetry(server, {}, { maxAttempts: 5 }).attemptsLeft).to.equal(2);
    // The app's own bound for a 500 is its choice.
    expect(
      adviseRetry(server, {}, { maxAttempts: 1, maxAttemptsServerError: 4 }).attemptsLeft,
    ).to.equal(4);
  });

  it('takes the bounds from the options', () => {
    expect(adviseRetry(network, { attempt: 3 }, { maxAttempts: 5 }).attemptsLeft).to.equal(2);
    expect(adviseRetry(server, {}, { maxAttemptsServerError: 1 }).attemptsLeft).to.equal(1);
  });

  it('reads a missing, negative or nonsense attempt as the first', () => {
    for (const attempt of [undefined, -4, Number.NaN]) {
      expect(adviseRetry(network, { attempt }).attemptsLeft).to.equal(3);
    }
  });

  it('reads nonsense bounds as the defaults, so the advice stays a count down to never', () => {
    for (const maxAttempts of [Number.NaN, -1, 'five' as unknown as number, null as never]) {
      const advice = adviseRetry(network, { attempt: 3 }, { maxAttempts });
      expect(advice).to.deep.equal({ retry: 'never', action: 'contact-support', attemptsLeft: 0 });
    }
    expect(adviseRetry(network, { attempt: 2 }, { maxAttempts: 2.5 }).attemptsLeft).to.equal(0);
    // A number written as text (from markup) is that number: '2' attempts made is not the first.
    expect(adviseRetry(network, { attempt: '2' as never }).attemptsLeft).to.equal(1);
    expect(adviseRetry(network, {}, { maxAttempts: '5' as never }).attemptsLeft).to.equal(5);
  });

  it('takes null state and options, and advises a missing error as unknown', () => {
    expect(adviseRetry(network, null, null).attemptsLeft).to.equal(3);
    const unknown = adviseRetry(makeError({ kind: 'unknown', operation: OPS.post }));
    expect(adviseRetry(undefined as never)).to.deep.equal(unknown);
  });

  it('bounds manual write retries too', () => {
    const post = makeError({ kind: 'network', operation: OPS.post });
    expect(adviseRetry(post, { attempt: 3 }).retry).to.equal('never');
  });
});

describe('adviseRetry: delays', () => {
  const limited = (retryAfterMs?: number, operation: OperationInfo = OPS.read) =>
    makeError({ kind: 'rate_limited', status: 429, retryAfterMs, operation });

  it('waits exactly the Retry-After when the server gives one', () => {
    expect(adviseRetry(limited(2000), { attempt: 2 }, { random: () => 0.9 })).to.deep.equal({
      retry: 'auto',
      action: 'retry',
      delayMs: 2000,
      attemptsLeft: 1,
    });
  });

  it('hands a Retry-After beyond 5 minutes to the operator', () => {
    const advice = adviseRetry(limited(6 * 60_000));
    expect(advice.retry).to.equal('manual');
    expect(advice.delayMs).to.equal(360_000);
    expect(adviseRetry(limited(5 * 60_000)).retry).to.equal('auto');
    expect(adviseRetry(limited(6 * 60_000), {}, { maxRetryAfterMs: 600_000 }).retry).to.equal(
      'auto',
    );
  });

  it('tells a manual write how long the server asked to wait', () => {
    expect(adviseRetry(limited(3000, OPS.post)).delayMs).to.equal(3000);
    expect(adviseRetry(limited(undefined, OPS.post))).to.not.have.property('delayMs');
    // An empty token bucket refills in 10 s: a retry by hand sooner would meet it empty.
    const bucket = makeError({
      kind: 'rate_limited',
      status: 429,
      code: 'token_bucket_exhausted',
      operation: OPS.post,
    });
    expect(adviseRetry(bucket, {}, { random: () => 0.9 })).to.include({
      retry: 'manual',
      delayMs: 10_000,
    });
  });

  it('uses full jitter otherwise: random · min(cap, base · 2^attempt)', () => {
    const delay = (attempt: number, random: number, opts = {}) =>
      adviseRetry(limited(), { attempt }, { random: () => random, maxAttempts: 20, ...opts })
        .delayMs;
    expect(delay(0, 0.5)).to.equal(500);
    expect(delay(1, 0.5)).to.equal(1000);
    expect(delay(3, 0.25)).to.equal(2000);
    expect(delay(10, 0.5)).to.equal(15_000); // capped at 30 s
    expect(delay(0, 0)).to.equal(0);
    expect(delay(2, 0.5, { baseMs: 100, capMs: 300 })).to.equal(150);
  });

  it('waits for the token bucket to refill before retrying (Omnium: 1,000 every 10 seconds)', () => {
    const bucket = (retryAfterMs?: number) =>
      makeError({
        kind: 'rate_limited',
        status: 429,
        code: 'token_bucket_exhausted',
        retryAfterMs,
        operation: OPS.read,
      });
    const delay = (attempt: number, random: number, opts = {}) =>
      adviseRetry(bucket(), { attempt }, { random: () => random, ...opts }).delayMs;
    // Every automatic retry lands after the next refill, jittered on top so clients spread out.
    expect([0, 1, 2].map((attempt) => delay(attempt, 0))).to.deep.equal([10_000, 10_000, 10_000]);
    expect(delay(0, 0.999)).to.equal(10_999);
    expect(delay(2, 0.5)).to.equal(12_000);
    // The cap bounds the jitter on top; the wait itself is never cut short.
    expect(delay(2, 0.5, { capMs: 11_000 })).to.equal(10_500);
    expect([0.1, 0.9].map((r) => delay(2, r, { capMs: 5_000 }))).to.deep.equal([10_000, 10_000]);
    // The server's own Retry-After still wins.
    expect(adviseRetry(bucket(3000), {}, { random: () => 0.5 }).delayMs).to.equal(3000);
    // A plain 429 keeps plain full jitter.
    expect(adviseRetry(limited(), {}, { random: () => 0 }).delayMs).to.equal(0);
    // From Omnium's own message, through the normalizer.
    const omnium = normalizeError(
      { message: 'Rate limit exceeded: token bucket exhausted' },
      { status: 429, method: 'GET' },
    );
    expect(adviseRetry(omnium, {}, { random: () => 0.5 }).delayMs).to.equal(10_500);
  });

  it('keeps delays within full jitter whatever the options or the random source say', () => {
    const delay = (options: RetryPolicyOptions) =>
      adviseRetry(limited(), { attempt: 1 }, options).delayMs;
    // Defaults stand in for nonsense: min(30 s, 1 s · 2) = 2 s, times 0.5.
    for (const baseMs of [Number.NaN, -1000])
      expect(delay({ baseMs, random: () => 0.5 })).to.equal(1000);
    expect(delay({ capMs: Number.NaN, random: () => 0.5 })).to.equal(1000);
    // A source outside [0, 1) cannot push the delay outside [0, 2 s).
    for (const r of [1, 5, -1, Number.NaN])
      expect(delay({ random: () => r })).to.be.within(0, 1999);
  });

  it('keeps a jittered delay within what a timer can wait, whatever the cap', () => {
    const advice = adviseRetry(
      limited(),
      { attempt: 40 },
      { capMs: Infinity, maxAttempts: 50, random: () => 0.5 },
    );
    expect(advice.delayMs).to.equal(2 ** 31 - 1);
  });

  it('does not delay a session refresh', () => {
    const advice = adviseRetry(makeError({ kind: 'unauthenticated', operation: OPS.read }));
    expect(advice).to.not.have.property('delayMs');
  });

  it('ignores a negative Retry-After', () => {
    expect(adviseRetry(limited(-5), {}, { random: () => 0.5 }).delayMs).to.equal(500);
  });
});
