import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildTicket, formatTicket, normalizeError, TICKET_FORMATS } from '../../src/core.js';
import type { NormalizedError } from '../../src/core.js';
import { ERROR_KINDS } from '../../src/core/types.js';
import { payloads, PRIVATE, runs, shaped } from './arbitraries.js';

const RUNS = 3000;

function wellFormed(e: NormalizedError) {
  expect(ERROR_KINDS).to.include(e.kind);
  expect(typeof e.public).to.equal('boolean');
  expect(e.fieldErrors.length).to.be.at.most(50);
  for (const s of [e.title, e.message, e.code, e.errorId])
    if (s !== undefined) expect(s.length).to.be.at.most(500);
}

/** No prose of a private error in any ticket format. */
function privateStaysPrivate(e: NormalizedError) {
  if (e.public) return;
  const ticket = buildTicket(e, {}, { operatorMessage: 'The order could not be saved.' });
  for (const format of TICKET_FORMATS) expect(formatTicket(ticket, format)).to.not.include(PRIVATE);
}

describe('fuzz: normalizeError', function () {
  this.timeout(60_000);
  const counts: Record<string, number> = {};
  const count = (name: string) => () => void (counts[name] = (counts[name] ?? 0) + 1);
  after(() => console.log(`[hardening] fuzz normalizer runs: ${JSON.stringify(counts)}`));

  it(`never throws and stays well-formed for fc.anything() (${RUNS} runs)`, () => {
    const seen = count('anything');
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.integer({ min: -1, max: 700 })), (input, status) => {
        seen();
        wellFormed(normalizeError(input, { status: status ?? undefined }));
      }),
      runs(RUNS),
    );
  });

  it(`never throws for any JSON text, parsed or raw (${RUNS} runs)`, () => {
    const seen = count('json');
    fc.assert(
      fc.property(fc.json(), (json) => {
        seen();
        wellFormed(normalizeError(json, { status: 400 }));
        wellFormed(normalizeError(JSON.parse(json), { status: 400 }));
      }),
      runs(RUNS),
    );
  });

  it(`keeps every adapter's prose out of a 5xx ticket unless Ormuco says public (${RUNS} runs)`, () => {
    const seen = count('shaped 5xx');
    fc.assert(
      fc.property(shaped, fc.integer({ min: 500, max: 599 }), fc.boolean(), (body, status, raw) => {
        seen();
        const e = normalizeError(raw ? JSON.stringify(body) : body, { status });
        wellFormed(e);
        // Only Ormuco's envelope may say `public: true`; a 5xx is private otherwise.
        if (!('key' in body && (body as { public?: unknown }).public === true))
          expect(e.public).to.equal(false);
        privateStaysPrivate(e);
      }),
      runs(RUNS),
    );
  });

  it(`keeps private prose out of every ticket format, whatever the payload (${RUNS} runs)`, () => {
    const seen = count('payloads');
    fc.assert(
      fc.property(payloads, fc.integer({ min: 100, max: 599 }), (input, status) => {
        seen();
        const e = normalizeError(input, { status });
        wellFormed(e);
        privateStaysPrivate(e);
      }),
      runs(RUNS),
    );
  });
});
