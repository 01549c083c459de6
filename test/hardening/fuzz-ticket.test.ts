import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildTicket, formatTicket, normalizeError, TICKET_FORMATS } from '../../src/core.js';
import type { SupportContext } from '../../src/core.js';
import { runs } from './arbitraries.js';

const RUNS = 2000;

const b64url = (min: number, max: number) =>
  fc.string({
    unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
    minLength: min,
    maxLength: max,
  });
const alnum = (n: number) =>
  fc.string({
    unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
    minLength: n,
    maxLength: n + 16,
  });

/** A Luhn-valid card number of 13–19 digits, plain or in groups of four. */
const card = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 18 }),
    fc.constantFrom('', ' ', '-'),
  )
  .map(([body, sep]) => {
    const digits = [3 + (body[0]! % 3), ...body.slice(1)]; // 3, 4 or 5: a real network's range
    const sum = digits
      .slice()
      .reverse()
      .reduce((acc, d, i) => acc + (i % 2 ? d : d * 2 > 9 ? d * 2 - 9 : d * 2), 0);
    const all = [...digits, (10 - (sum % 10)) % 10].join('');
    return sep ? all.replace(/(\d{4})(?=\d)/g, `$1${sep}`) : all;
  });

/** The secrets the kit promises to redact, with the value that must never leave the page. */
const secret = fc.oneof(
  b64url(20, 40).map((t) => ({ text: `Bearer ${t}`, leak: t })),
  fc.tuple(b64url(10, 30), b64url(10, 40), b64url(20, 43)).map(([h, p, s]) => {
    const jwt = `eyJ${h}.eyJ${p}.${s}`;
    return { text: jwt, leak: jwt };
  }),
  fc
    .tuple(fc.constantFrom('sk_live_', 'sk_test_', 'rk_live_'), alnum(16))
    .map(([p, k]) => ({ text: p + k, leak: p + k })),
  alnum(36).map((k) => ({ text: `ghp_${k}`, leak: `ghp_${k}` })),
  card.map((c) => ({ text: c, leak: c })),
  b64url(12, 30).map((t) => ({
    text: `https://api.example.com/orders?access_token=${t}`,
    leak: t,
  })),
  b64url(12, 30).map((t) => ({ text: `https://ops:${t}@db.example.com/`, leak: t })),
  b64url(12, 30).map((t) => ({ text: `password=${t}`, leak: t })),
);

/** Text around the secret; never word characters or digits at its edges, which would extend it. */
const around = fc
  .string({ maxLength: 30 })
  .map((s) => s.replace(/^[\w\s.~+/=-]+|[\w\s.~+/=-]+$/g, ''));

const CONTEXT_FIELDS = [
  'user',
  'description',
  'steps',
  'history',
  'environment',
  'tenant',
  'clientId',
] as const;

/** Where the secret goes: anywhere a payload, a header, the request or the app can put text. */
const place = fc.constantFrom(
  'message',
  'title',
  'oauth',
  'graphql',
  'field',
  'errorId',
  'header',
  'endpoint',
  'ids',
  ...CONTEXT_FIELDS,
);

describe('fuzz: no secret in a ticket', function () {
  this.timeout(60_000);
  let count = 0;
  after(() => console.log(`[hardening] fuzz ticket secrets runs: ${count}`));

  it(`redacts tokens, JWTs, API keys, URL passwords and Luhn-valid cards in every field and format (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        secret,
        around,
        around,
        place,
        fc.constantFrom(400, 401, 409, 422),
        (s, a, b, where, status) => {
          count++;
          const t = `${a} ${s.text} ${b}`;
          const body: Record<string, unknown> =
            where === 'title'
              ? { title: t, message: 'x', status }
              : where === 'oauth'
                ? { error: 'invalid_grant', error_description: t }
                : where === 'graphql'
                  ? {
                      errors: [
                        { message: t, path: ['a', 'b'] },
                        { message: t, path: ['c'] },
                      ],
                    }
                  : where === 'field'
                    ? { errors: { ref: [t] } }
                    : where === 'errorId'
                      ? { message: 'x', error_id: t }
                      : { message: where === 'message' ? t : 'Order 17 is locked.' };
          const headers = where === 'header' ? { 'x-request-id': t } : undefined;
          const endpoint = where === 'endpoint' ? t : '/orders/17';
          const context: SupportContext = { tenant: 'acme' };
          if (where === 'ids') context.ids = { orderId: t };
          else if ((CONTEXT_FIELDS as readonly string[]).includes(where))
            (context as Record<string, unknown>)[where] = t;
          const e = normalizeError(body, { status, headers, endpoint, method: 'POST' });
          const ticket = buildTicket(e, context, {
            operatorMessage: 'The order could not be saved.',
          });
          for (const format of TICKET_FORMATS) {
            const out = formatTicket(ticket, format);
            expect(out, `${where} ${format}`).to.not.include(s.leak);
          }
        },
      ),
      runs(RUNS),
    );
  });
});
