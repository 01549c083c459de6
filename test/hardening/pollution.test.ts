import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ErrorBanner } from '../../src/elements.js';
import {
  adviseRetry,
  buildTicket,
  formatTicket,
  normalizeError,
  TICKET_FORMATS,
} from '../../src/core.js';
import type { SupportContext } from '../../src/core.js';

/** Keys that would turn a private 5xx into a public one, or change its kind, if they leaked. */
const EVIL = {
  public: true,
  kind: 'validation',
  status: 400,
  message: 'polluted',
  key: 'bad_request',
};
const evil = JSON.stringify(EVIL);

/** Raw JSON bodies that try every route to a prototype, top level and nested. */
const RAW: readonly string[] = [
  `{"__proto__": ${evil}, "message": "m", "status": 500}`,
  `{"constructor": {"prototype": ${evil}}, "message": "m"}`,
  `{"prototype": ${evil}, "message": "m"}`,
  `{"message": "m", "key": "server_error", "public": false, "__proto__": {"public": true}}`,
  `{"error": {"__proto__": ${evil}, "message": "m", "code": 500}}`,
  `{"errors": [{"__proto__": ${evil}, "message": "m", "path": ["a"]}, {"message": "n", "path": ["b"]}]}`,
  `{"errors": {"__proto__": ["polluted"], "constructor": ["polluted"], "prototype": ["polluted"]}}`,
  `{"detail": [{"loc": ["body", "__proto__", "public"], "msg": "m"}, {"loc": ["body", "constructor"], "msg": "n"}]}`,
  `{"error": {"details": [{"@type": "google.rpc.BadRequest", "fieldViolations": [{"field": "__proto__.public", "description": "m"}, {"field": "x", "description": "n"}]}]}}`,
  `[{"__proto__": ${evil}}, {"constructor": {"prototype": ${evil}}}]`,
];

/** Objects whose prototype carries the evil keys: inherited properties must be invisible. */
const inherited = () => [
  Object.assign(Object.create(EVIL) as object, { message: 'm' }),
  { errors: [Object.assign(Object.create(EVIL) as object, { message: 'm' })] },
  { error: Object.create(EVIL) as object },
];

const snapshot = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  func: Object.getOwnPropertyNames(Function.prototype).sort(),
});

function assertClean(before: ReturnType<typeof snapshot>) {
  expect(snapshot()).to.deep.equal(before);
  const o = {} as Record<string, unknown>;
  for (const k of Object.keys(EVIL)) expect(o[k], `({}).${k}`).to.equal(undefined);
  expect(([] as unknown as Record<string, unknown>).public).to.equal(undefined);
}

describe('prototype pollution', () => {
  let before: ReturnType<typeof snapshot>;
  beforeEach(() => {
    before = snapshot();
  });

  let cases = 0;
  after(() => console.log(`[hardening] prototype pollution cases: ${cases}`));

  for (const raw of RAW) {
    it(`cannot change public, kind or any global: ${raw.slice(0, 70)}`, () => {
      // The same body without the hostile keys is what the error must be.
      const clean = JSON.parse(raw.replace(/"(__proto__|constructor|prototype)"\s*:/g, '"_$1":'));
      for (const status of [500, 503]) {
        const expected = normalizeError(clean, { status });
        for (const input of [raw, JSON.parse(raw) as unknown]) {
          cases++;
          const e = normalizeError(input, { status });
          expect(e.public, 'public').to.equal(false);
          expect(e.kind, 'kind').to.equal(expected.kind);
          expect(e.status).to.equal(status);
          const ticket = buildTicket(e);
          for (const f of TICKET_FORMATS)
            expect(formatTicket(ticket, f)).to.not.include('polluted');
          assertClean(before);
        }
      }
    });
  }

  it('ignores inherited properties of parsed-looking objects', () => {
    for (const input of inherited()) {
      cases++;
      const e = normalizeError(input, { status: 500 });
      expect(e.public).to.equal(false);
      expect(e.kind).to.equal('server');
      expect(e.message).to.not.equal('polluted');
    }
    assertClean(before);
  });

  it('is not fooled by a polluted Object.prototype (another script on the page)', () => {
    cases++;
    const proto = Object.prototype as Record<string, unknown>;
    const polluted = { public: true, kind: 'validation', code: 'BAD_USER_INPUT', message: 'x' };
    try {
      Object.assign(proto, polluted);
      for (const input of [{ message: 'PRIVATE db down' }, '<html><title>503</title></html>', '']) {
        const e = normalizeError(input, { status: 503 });
        expect(e.public, JSON.stringify(input)).to.equal(false);
        expect(e.kind).to.equal('unavailable');
        expect(Object.hasOwn(e, 'code')).to.equal(false);
        expect(adviseRetry(e).action).to.equal('retry');
      }
    } finally {
      for (const key of Object.keys(polluted)) delete proto[key];
    }
    assertClean(before);
  });

  it('keeps an explicit public: false, whatever __proto__ says (4xx)', () => {
    cases++;
    const e = normalizeError(RAW[3]!, { status: 400 });
    expect(e.public).to.equal(false);
    assertClean(before);
  });

  it('builds a ticket from a context with __proto__ keys without polluting', () => {
    cases++;
    const context = JSON.parse(
      '{"tenant": "acme", "__proto__": {"user": "polluted"}, "ids": {"__proto__": {"x": "polluted"}, "orderId": "17"}}',
    ) as SupportContext;
    const out = formatTicket(buildTicket(normalizeError('', { status: 500 }), context), 'json');
    expect(JSON.parse(out)).to.include({ client: 'acme', ids: 'orderId: 17' });
    assertClean(before);
  });

  it('renders a banner for a polluting payload as private, and leaves globals alone', async () => {
    cases++;
    const el = await fixture<ErrorBanner>(
      html`<error-banner .status=${500} .error=${RAW[0]}></error-banner>`,
    );
    expect(el.normalizedError.public).to.equal(false);
    expect(el.shadowRoot!.textContent).to.not.include('polluted');
    assertClean(before);
  });
});
