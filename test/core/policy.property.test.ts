import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { adviseRetry, ERROR_KINDS, POLICY_TABLE, REQUEST_CLASSES } from '../../src/core.js';
import type { NormalizedError } from '../../src/core.js';
import { makeError } from './make-error.js';

const FC = { seed: 20261122, numRuns: 500 };

const method = fc.constantFrom(
  'GET',
  'HEAD',
  'OPTIONS',
  'PUT',
  'DELETE',
  'POST',
  'PATCH',
  'get',
  undefined,
);
const errorArb = (critical = false) =>
  fc.record({
    kind: fc.constantFrom(...ERROR_KINDS),
    status: fc.option(fc.integer({ min: 100, max: 599 }), { nil: undefined }),
    code: fc.option(fc.constantFrom('token_required', 'card_declined', 'C0001E', 'x'), {
      nil: undefined,
    }),
    retryAfterMs: fc.option(fc.integer({ min: -1000, max: 3_600_000 }), { nil: undefined }),
    // A critical write always has an operation, and a method that writes (or none): a read
    // flagged critical is a read. Anything else may have no operation.
    operation: critical
      ? fc.record({
          method: fc.constantFrom('PUT', 'DELETE', 'POST', 'PATCH', 'post', 'PURGE', undefined),
          idempotent: fc.boolean(),
          critical: fc.constant(true),
        })
      : fc.option(fc.record({ method, idempotent: fc.boolean(), critical: fc.boolean() }), {
          nil: undefined,
        }),
  });
const stateArb = fc.record(
  {
    attempt: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constant(Number.NaN)),
    refreshed: fc.boolean(),
  },
  { requiredKeys: [] },
);
const optionsArb = fc.record(
  {
    baseMs: fc.integer({ min: 1, max: 5000 }),
    capMs: fc.integer({ min: 1, max: 120_000 }),
    maxAttempts: fc.integer({ min: 0, max: 10 }),
    maxAttemptsServerError: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: [] },
);
const random = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe('adviseRetry: properties', () => {
  it('never lets the kit replay a critical write, whatever the failure', () => {
    fc.assert(
      fc.property(errorArb(true), stateArb, (e, state) => {
        const advice = adviseRetry(makeError(e as Partial<NormalizedError>), state);
        expect(advice.retry).to.equal('never');
      }),
      FC,
    );
  });

  it('keeps attemptsLeft a whole number ≥ 0 and 0 exactly when the advice is never', () => {
    fc.assert(
      fc.property(errorArb(), stateArb, optionsArb, (e, state, options) => {
        const advice = adviseRetry(makeError(e as Partial<NormalizedError>), state, options);
        expect(Number.isInteger(advice.attemptsLeft)).to.equal(true);
        expect(advice.attemptsLeft).to.be.at.least(0);
        expect(advice.attemptsLeft === 0).to.equal(advice.retry === 'never');
      }),
      FC,
    );
  });

  it('keeps full-jitter delays within [0, min(cap, base · 2^attempt)]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 120_000 }),
        random,
        (attempt, baseMs, capMs, r) => {
          const error = makeError({
            kind: 'timeout',
            operation: { method: 'GET', idempotent: true, critical: false },
          });
          const advice = adviseRetry(
            error,
            { attempt },
            { baseMs, capMs, random: () => r, maxAttempts: 99 },
          );
          expect(advice.retry).to.equal('auto');
          expect(advice.delayMs).to.be.within(0, Math.min(capMs, baseMs * 2 ** attempt));
        },
      ),
      FC,
    );
  });

  it('never advises a delay longer than the server asked for or than the cap', () => {
    fc.assert(
      fc.property(errorArb(), stateArb, random, (e, state, r) => {
        const error = makeError(e as Partial<NormalizedError>);
        const { delayMs } = adviseRetry(error, state, { random: () => r });
        if (delayMs === undefined) return;
        expect(delayMs).to.be.at.least(0);
        if (error.retryAfterMs === undefined || error.retryAfterMs < 0) {
          expect(delayMs).to.be.at.most(30_000);
        } else {
          expect(delayMs).to.equal(error.retryAfterMs);
        }
      }),
      FC,
    );
  });
});

describe('docs/retry-policy.md', () => {
  it('shows the table the code implements', async () => {
    const doc = await (await fetch(new URL('../../docs/retry-policy.md', import.meta.url))).text();
    const rows = new Map(
      doc
        .split('\n')
        .map((line) => line.split('|').map((cell) => cell.trim()))
        .filter((cells) => cells.length === 7 && !cells[1]!.startsWith('-'))
        .map((cells) => [cells[1], cells.slice(2, 6)] as const),
    );
    expect(rows.get('kind')).to.deep.equal(REQUEST_CLASSES.map((c) => c.replace('-', ' ')));
    for (const [kind, cells] of Object.entries(POLICY_TABLE)) {
      expect(rows.get(kind), kind).to.deep.equal([...cells]);
    }
    expect(rows.size).to.equal(Object.keys(POLICY_TABLE).length + 1);
  });
});
