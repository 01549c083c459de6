import { expect } from '@open-wc/testing';
import { adviseRetry, normalizeError } from '../../src/core.js';
import type { NormalizedError } from '../../src/core.js';
import { allFixtures, fixturesBySource } from '../fixtures/index.js';
import { SECRETS } from './make-error.js';

const NOW = new Date('2024-05-01T12:00:00.000Z');

describe('normalizeError: seed and format fixtures', () => {
  for (const [source, fixtures] of Object.entries(fixturesBySource)) {
    describe(source, () => {
      for (const fx of fixtures) {
        it(fx.name, () => {
          const error = normalizeError(fx.input, { now: NOW, ...fx.init });
          for (const [key, want] of Object.entries(fx.expect))
            expect(error[key as keyof NormalizedError], key).to.deep.equal(want);
        });
      }
    });
  }

  it('gives every fixture a unique name within its source and a description', () => {
    for (const fixtures of Object.values(fixturesBySource)) {
      const names = fixtures.map((f) => f.name);
      expect(new Set(names).size).to.equal(names.length);
    }
    for (const fx of allFixtures) expect(fx.description, fx.name).to.have.length.above(10);
  });

  it('covers every seed', () => {
    expect(Object.keys(fixturesBySource)).to.include.members([
      'ormuco',
      'fluent',
      'omilia',
      'omnium',
      'omnivalvms',
    ]);
  });
});

describe('normalizeError: the result', () => {
  it('stamps occurredAt from init.now, or the current time', () => {
    expect(normalizeError('', { now: NOW }).occurredAt).to.equal('2024-05-01T12:00:00.000Z');
    const before = Date.now();
    const at = Date.parse(normalizeError(undefined).occurredAt);
    expect(at).to.be.within(before, Date.now());
    expect(Date.parse(normalizeError('', { now: new Date(NaN) }).occurredAt)).to.be.within(
      before,
      Date.now(),
    );
  });

  it('describes the operation: method, endpoint, name, idempotency and criticality', () => {
    const op = (init: Parameters<typeof normalizeError>[1]) => normalizeError('', init).operation;
    expect(op({ method: 'get', endpoint: '/orders/17' })).to.deep.equal({
      method: 'GET',
      endpoint: '/orders/17',
      idempotent: true,
      critical: false,
    });
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])
      expect(op({ method })?.idempotent, method).to.equal(true);
    for (const method of ['POST', 'PATCH'])
      expect(op({ method })?.idempotent, method).to.equal(false);
    expect(op({ method: 'POST', idempotent: true })?.idempotent).to.equal(true);
    expect(op({ method: 'PUT', idempotent: false })?.idempotent).to.equal(false);
    expect(op({ method: 'POST', critical: true })?.critical).to.equal(true);
    expect(op({ critical: true })?.critical).to.equal(true);
    // Critical means a P0 write: a load flagged so is a read, which the words and buttons agree on.
    for (const method of ['GET', 'head', 'OPTIONS'])
      expect(op({ method, critical: true })?.critical, method).to.equal(false);
    expect(op({ operation: 'ActivateOrder' })).to.deep.equal({
      name: 'ActivateOrder',
      idempotent: false,
      critical: false,
    });
    expect(op({})).to.equal(undefined);
  });

  it('takes the vendor from init over the detected one', () => {
    const body = { key: 'not_found', public: true, code: 404, message: 'Resource not found' };
    expect(normalizeError(body).vendor).to.equal('ormuco');
    expect(normalizeError(body, { vendor: 'acme' }).vendor).to.equal('acme');
    expect(normalizeError({ message: 'x' }, { status: 400 })).not.to.have.property('vendor');
  });

  it('omits what it does not know instead of setting undefined', () => {
    const error = normalizeError('', { status: 404, now: NOW });
    expect(error).to.deep.equal({
      kind: 'not_found',
      status: 404,
      origin: 'client',
      severity: 'error',
      public: false,
      fieldErrors: [],
      occurredAt: '2024-05-01T12:00:00.000Z',
    });
  });

  it('lets the HTTP status win over the status the body claims', () => {
    const error = normalizeError({ message: 'Nope', status: 400 }, { status: 409 });
    expect(error.status).to.equal(409);
    expect(error.kind).to.equal('conflict');
  });

  it('maps statuses without a payload: other 4xx request_failed, other 5xx server, below 400 unknown', () => {
    expect(normalizeError('', { status: 418 }).kind).to.equal('request_failed');
    expect(normalizeError('', { status: 507 }).kind).to.equal('server');
    expect(normalizeError('', { status: 200 }).kind).to.equal('unknown');
    expect(normalizeError('', { status: 1234 })).not.to.have.property('status');
  });

  it('treats a code that names a kind as that kind, whatever its case', () => {
    expect(normalizeError({ code: 'Conflict', message: 'x' }).kind).to.equal('conflict');
    expect(
      normalizeError({ errors: [{ message: 'x', extensions: { code: 'NOT_FOUND' } }] }).kind,
    ).to.equal('not_found');
    expect(normalizeError({ code: 'UNKNOWN', message: 'x' }, { status: 503 }).kind).to.equal(
      'unavailable',
    );
  });

  it('decodes Google and gRPC statuses', () => {
    const g = (status: string) => normalizeError({ error: { status, message: 'x' } }).kind;
    expect(g('PERMISSION_DENIED')).to.equal('forbidden');
    expect(g('FAILED_PRECONDITION')).to.equal('conflict');
    expect(g('DEADLINE_EXCEEDED')).to.equal('timeout');
    expect(g('UNIMPLEMENTED')).to.equal('unsupported');
    expect(g('CANCELLED')).to.equal('aborted');
    expect(g('UNAVAILABLE')).to.equal('unavailable');
  });

  it('reads RetryInfo as {seconds, nanos} and ignores a broken delay', () => {
    const retry = (retryDelay: unknown) =>
      normalizeError({
        error: { code: 429, details: [{ '@type': 'google.rpc.RetryInfo', retryDelay }] },
      }).retryAfterMs;
    expect(retry({ seconds: '2', nanos: 500_000_000 })).to.equal(2500);
    expect(retry('1.5s')).to.equal(1500);
    expect(retry('soon')).to.equal(undefined);
  });

  it('reads Azure and Stripe nested errors', () => {
    const azure = normalizeError(
      {
        error: {
          code: 'InvalidInput',
          message: 'Two problems',
          details: [
            { code: 'Required', message: 'Name is required', target: 'name' },
            { code: 'Range', message: 'Too old', target: 'age' },
          ],
        },
      },
      { status: 400 },
    );
    expect(azure.code).to.equal('InvalidInput');
    expect(azure.fieldErrors).to.deep.equal([
      { field: 'name', message: 'Name is required', code: 'Required' },
      { field: 'age', message: 'Too old', code: 'Range' },
    ]);
    const stripe = normalizeError(
      {
        error: {
          type: 'card_error',
          code: 'card_declined',
          param: 'number',
          message: 'Your card was declined.',
        },
      },
      { status: 402 },
    );
    expect(stripe).to.include({ kind: 'request_failed', code: 'card_declined', public: true });
    expect(stripe.fieldErrors).to.deep.equal([
      { field: 'number', message: 'Your card was declined.' },
    ]);
  });

  it('keeps a reason phrase out of the code', () => {
    const spring = normalizeError(
      { status: 404, error: 'Not Found', message: 'No order 17', path: '/api/orders/17' },
      { status: 404 },
    );
    expect(spring).to.include({ kind: 'not_found', message: 'No order 17' });
    expect(spring).not.to.have.property('code');
  });

  it('reads NestJS message arrays as field-less errors', () => {
    const error = normalizeError({
      statusCode: 400,
      message: ['email must be an email', 'name should not be empty'],
      error: 'Bad Request',
    });
    expect(error).to.include({
      kind: 'validation',
      status: 400,
      message: 'email must be an email',
    });
    expect(error.fieldErrors.map((f) => f.message)).to.deep.equal([
      'email must be an email',
      'name should not be empty',
    ]);
  });

  it('reads a top-level array as a list of errors', () => {
    const error = normalizeError([{ code: 'NotNull', message: "'ref' is required" }]);
    expect(error).to.include({ kind: 'validation', code: 'NotNull', message: "'ref' is required" });
  });

  it('reads a JSON body that starts with a byte-order mark', () => {
    const error = normalizeError('\uFEFF{"message":"With BOM","code":"bad_request"}', {
      status: 400,
    });
    expect(error).to.include({ code: 'bad_request', message: 'With BOM', public: true });
  });

  it('reads a body that is not a JSON object or array as text', () => {
    expect(normalizeError('"Service down"', { status: 503 })).to.include({
      public: false,
      kind: 'unavailable',
    });
    expect(normalizeError('42', { status: 400 })).to.include({ message: '42', public: false });
    expect(normalizeError('{not json', { status: 400 })).to.include({
      message: '{not json',
      public: false,
    });
  });

  it('never keeps an HTML page as a message, even with leading whitespace or no status', () => {
    const page =
      '  \n<!DOCTYPE html><html><head><title>Oops</title></head><body><h1>Something broke</h1></body></html>';
    const error = normalizeError(page, { status: 500 });
    expect(error).to.include({ kind: 'server', public: false });
    expect(error).not.to.have.property('message');
    expect(error).not.to.have.property('title');
    const akamai = normalizeError(
      '<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY>Reference&#32;&#35;18&#46;2d351ab8&#46;1557333295&#46;a4e16ab</BODY></HTML>',
      { status: 403 },
    );
    expect(akamai.errorId).to.equal('18.2d351ab8.1557333295.a4e16ab');
    expect(
      normalizeError('<html><body>reference documentation</body></html>', { status: 500 }),
    ).not.to.have.property('errorId');
  });

  it("never shows a 4xx message that holds a stack trace, in any server's language", () => {
    const traces = {
      'anonymous JS frame': 'Boom\n    at /app/routes/orders.js:42:17',
      'Express frame':
        'Boom at Layer.handle [as handle_request] (/app/node_modules/x/layer.js:95:5)',
      'file URL': 'Boom at file:///app/src/orders.mjs:42:17',
      'Windows path': 'Boom at C:\\app\\orders.js:42:17',
      'Python frame': 'Boom File "/srv/app/views.py", line 88, in create',
      '.NET': 'Boom at Orders.Create() in C:\\src\\OrdersController.cs:line 42',
      Ruby: "/app/app/models/order.rb:12:in 'total': boom",
      PHP: 'Boom in /var/www/orders.php on line 42',
      Go: 'panic: boom goroutine 1 [running]: main.main()',
      'constructor frame': 'Boom at new Orders (/app/orders.js:5:9)',
      'async frame': 'Boom at async handler (/app/orders.js:5:9)',
      'webpack frame': 'Boom at webpack:///src/orders.ts:5:9',
    };
    for (const [name, message] of Object.entries(traces))
      expect(normalizeError({ message }, { status: 400 }).public, name).to.equal(false);
    // Times, sentences and links are no frames.
    for (const message of [
      'The window starts at 10:30:00 UTC',
      'Enter at least one line',
      'Look at https://docs.example.com/errors for help',
      'Version 1.2 expires at 12:00',
      'Row 12 is invalid: unknown SKU at orders.csv:12:3',
      'Parse error at data.json:3:14: unexpected token',
      'File "orders.csv", line 12: date must be YYYY-MM-DD',
      'Meeting room booked at 10.30:15:00',
      'Upload rejected at 2024/01/05T10:30:00',
      'Invalid version at v1.2.3:4:5',
    ])
      expect(normalizeError({ message }, { status: 400 }).public, message).to.equal(true);
  });

  it('reads a text/html body that does not start with markup as a page', () => {
    const error = normalizeError('Error page. Request ID: abc123def', {
      status: 502,
      headers: { 'content-type': 'text/html' },
    });
    expect(error).not.to.have.property('message');
    expect(error.errorId).to.equal('abc123def');
  });

  it('takes a body’s correlation or trace id, in camel or snake case, as the reference', () => {
    for (const key of ['correlationId', 'correlation_id', 'traceId', 'trace_id'])
      expect(
        normalizeError({ message: 'x', [key]: 'c-1f9a' }, { status: 500 }).errorId,
        key,
      ).to.equal('c-1f9a');
  });

  it('caps server text at 500 characters and drops control characters', () => {
    const error = normalizeError({ message: 'a word '.repeat(2_000) }, { status: 400 });
    expect(error.message!.length).to.be.within(490, 500);
    expect(error.message!.endsWith('…')).to.equal(true);
    // Text without spaces is cut at the cap too.
    const chinese = normalizeError({ message: '服务暂时不可用'.repeat(200) }, { status: 400 });
    expect(chinese.message).to.have.length(500);
    expect(
      normalizeError({ message: 'two\u0000\u0007  words\n' }, { status: 400 }).message,
    ).to.equal('two words');
  });

  it('drops a token the cap would cut in half, so no part of a JWT outlives redaction', () => {
    const jwt = SECRETS.jwt;
    const message = `${'x '.repeat(240)}token ${jwt} after`;
    const error = normalizeError({ message, public: true }, { status: 400 });
    expect(error.message!.endsWith('token …')).to.equal(true);
    expect(error.message).not.to.include(jwt.slice(0, 12));
  });

  it('drops the word or digit groups the cap would cut: no half URL password or card survives', () => {
    const url = 'postgres://app:Pa$$w0rd@db.internal:5432/prod';
    const cut = normalizeError(
      { message: `${'x'.repeat(454)} could not connect to ${url}`, public: true },
      { status: 400 },
    ).message!;
    expect(cut).not.to.include('Pa$$');
    expect(cut.endsWith('to …')).to.equal(true);
    const card = normalizeError(
      { message: `${'x'.repeat(480)} card 4111 1111 1111 1111`, public: true },
      { status: 400 },
    ).message!;
    expect(card).not.to.match(/4111|1111/);
    expect(card.endsWith('card …')).to.equal(true);
    // Digits and separators as redaction reads them: Arabic-Indic, minus signs, em dashes.
    for (const typed of [
      '\u0664\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661 \u0661\u0661\u0661\u0661',
      '4111\u22121111\u22121111\u22121111',
      '4111 \u2014 1111 \u2014 1111 \u2014 1111',
    ]) {
      const cut = normalizeError(
        { message: `${'x'.repeat(480)} card ${typed}`, public: true },
        { status: 400 },
      ).message!;
      expect(cut.endsWith('card …'), cut.slice(-30)).to.equal(true);
    }
    // Short numbers at the cut stay: "page 12" is no card.
    const page = normalizeError(
      { message: `${'x '.repeat(245)}page 12 of many pages` },
      { status: 400 },
    );
    expect(page.message).to.include('page 12');
  });

  it('takes only a token of code characters for a code: a private message is not a code', () => {
    const leak = normalizeError({ error: 'PRIVATEMSG:host=10.1.2.3' }, { status: 500 });
    expect(leak.code).to.equal(undefined);
    expect(normalizeError({ error: 'invalid_grant' }, { status: 400 }).code).to.equal(
      'invalid_grant',
    );
  });

  it('reads only the first names of a huge error map, and no typed array', () => {
    const huge = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`f${i}`, ['bad']]));
    expect(normalizeError({ errors: huge }, { status: 422 }).fieldErrors).to.have.length(50);
    const bytes = new Uint8Array(10_000_000);
    const start = performance.now();
    expect(normalizeError({ errors: bytes }, { status: 422 }).fieldErrors).to.deep.equal([]);
    // Listing every index took seconds; a typed array is not read at all.
    expect(performance.now() - start).to.be.below(500);
  });

  it('caps field errors at 50', () => {
    const errors = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`f${i}`, ['bad', 'worse']]),
    );
    expect(normalizeError({ errors }, { status: 422 }).fieldErrors).to.have.length(50);
    const list = Array.from({ length: 200 }, (_, i) => ({ message: `bad ${i}`, path: [`f${i}`] }));
    expect(normalizeError({ errors: list }, { status: 200 }).fieldErrors).to.have.length(50);
  });

  it('reads JSON:API pointers and GraphQL paths with indices', () => {
    const error = normalizeError(
      {
        errors: [
          { detail: 'bad', source: { pointer: '/data/attributes/address/city' } },
          { message: 'worse', path: ['order', 'items', 2, 'sku'] },
          { message: 'odd', path: [{}, 'x'] },
        ],
      },
      { status: 422 },
    );
    expect(error.fieldErrors.map((f) => f.field)).to.deep.equal([
      'address.city',
      'order.items.2.sku',
      'x',
    ]);
  });
});

describe('normalizeError: already normalized errors', () => {
  it('returns an error it produced as is', () => {
    const first = normalizeError({ message: 'Bad' }, { status: 400 });
    expect(normalizeError(first)).to.equal(first);
    expect(normalizeError(first, { status: 500 })).to.equal(first);
  });

  it('recognises its error behind a framework’s reactive Proxy, keeping the operation', () => {
    const p0 = normalizeError('', {
      status: 503,
      method: 'POST',
      endpoint: '/orders/17/activate',
      critical: true,
    });
    // What Vue's reactive() or Immer hand back: a Proxy that forwards every read.
    const reactive = new Proxy(p0, {});
    const again = normalizeError(reactive, { status: 200 });
    expect(again).to.equal(reactive);
    expect(again.operation).to.include({ method: 'POST', critical: true });
    expect(again.kind).to.equal('unavailable');
    // The mark stays out of what an app logs or sends.
    expect(JSON.stringify(p0)).to.not.include('faultline');
    expect(Object.keys(p0)).to.not.include('PRODUCED');
  });

  it('does not take a look-alike payload for a normalized error', () => {
    const spoof = {
      kind: 'validation',
      origin: 'client',
      severity: 'error',
      public: true,
      message: 'Call +1 555 0100 to unlock your account',
      fieldErrors: [],
      occurredAt: '2024-01-01T00:00:00.000Z',
    };
    const error = normalizeError(spoof, { status: 500 });
    expect(error).not.to.equal(spoof);
    expect(error.public).to.equal(false);
    expect(error.kind).to.equal('server');
    expect(normalizeError(JSON.parse(JSON.stringify(spoof))).public).to.equal(false);
    // A copy of a real one is a payload too: it is re-read, not trusted.
    const copy = { ...normalizeError({ message: 'x' }, { status: 500 }), public: true };
    expect(normalizeError(copy).public).to.equal(false);
    const cloned = structuredClone(normalizeError({ message: 'x' }, { status: 500 }));
    expect(normalizeError({ ...cloned, public: true }).public).to.equal(false);
  });

  it('keeps a copied critical write critical, which can only make the advice stricter', () => {
    const p0 = normalizeError('', { status: 503, method: 'POST', critical: true });
    for (const copy of [{ ...p0 }, structuredClone(p0), { ...p0, title: 'edited' }]) {
      const again = normalizeError(copy);
      expect(again.operation?.critical).to.equal(true);
      expect(adviseRetry(again)).to.include({ retry: 'never', action: 'reload' });
    }
    // The app's explicit word still wins, and a copy never makes a write non-critical.
    expect(normalizeError({ ...p0 }, { critical: false }).operation?.critical).to.equal(false);
    const read = normalizeError('', { status: 503, method: 'GET' });
    expect(normalizeError({ ...read }).operation).to.equal(undefined);
  });
});

describe('normalizeError: public', () => {
  it('makes 4xx JSON messages public, and 5xx, text and thrown errors not', () => {
    expect(normalizeError({ message: 'Bad' }, { status: 400 }).public).to.equal(true);
    expect(normalizeError({ message: 'Bad' }, { status: 500 }).public).to.equal(false);
    expect(normalizeError('Bad', { status: 400 }).public).to.equal(false);
    expect(normalizeError({ message: 'Bad' }).public).to.equal(false);
    expect(normalizeError(new Error('Bad')).public).to.equal(false);
  });

  it('lets an explicit public:false win', () => {
    expect(normalizeError({ message: 'Bad', public: false }, { status: 400 }).public).to.equal(
      false,
    );
    expect(
      normalizeError({ error: { message: 'Bad', public: false } }, { status: 400 }).public,
    ).to.equal(false);
    const ormuco = { code: 400, key: 'bad_request', public: false, message: 'x', error_id: '1' };
    expect(normalizeError(ormuco, { status: 400 }).public).to.equal(false);
  });

  it('honours public:true only in the Ormuco envelope, and only as an own boolean', () => {
    const base = { code: 500, key: 'server_error', message: 'Disk full on db-3' };
    expect(normalizeError({ ...base, public: true }, { status: 500 }).public).to.equal(true);
    expect(normalizeError({ ...base, public: 'true' }, { status: 500 }).public).to.equal(false);
    expect(normalizeError({ message: 'Disk full', public: true }, { status: 500 }).public).to.equal(
      false,
    );
    const inherited = Object.create({ public: true, key: 'server_error' }) as Record<
      string,
      unknown
    >;
    inherited.message = 'Disk full';
    expect(normalizeError(inherited, { status: 500 }).public).to.equal(false);
  });

  it('cannot be turned on through __proto__ or constructor', () => {
    const parsed = JSON.parse(
      '{"code":500,"key":"server_error","message":"secret","__proto__":{"public":true},"constructor":{"prototype":{"public":true}}}',
    );
    expect(normalizeError(parsed, { status: 500 }).public).to.equal(false);
    const literal = {
      __proto__: { public: true },
      code: 500,
      key: 'server_error',
      message: 'secret',
    };
    expect(normalizeError(literal, { status: 500 }).public).to.equal(false);
    expect(({} as Record<string, unknown>).public).to.equal(undefined);
  });

  it('never runs a getter of the payload', () => {
    let ran = false;
    const body = {
      key: 'server_error',
      get public() {
        ran = true;
        return true;
      },
      message: 'secret',
    };
    expect(normalizeError(body, { status: 500 }).public).to.equal(false);
    expect(ran).to.equal(false);
  });

  it('drops field errors that may not be shown', () => {
    const body = { errors: { email: ['SELECT * FROM users failed'] } };
    expect(normalizeError(body, { status: 500 }).fieldErrors).to.deep.equal([]);
    expect(normalizeError(body, { status: 422 }).fieldErrors).to.have.length(1);
  });
});

describe('normalizeError: Omnium rate limits', () => {
  it('does not take a 409 concurrent modification for a concurrency limit', () => {
    const error = normalizeError(
      { message: 'A concurrent modification conflict occurred' },
      { status: 409 },
    );
    expect(error.kind).to.equal('conflict');
    expect(error.code).to.equal(undefined);
  });

  it('names the plain concurrency limit when no user or tenant is said', () => {
    expect(normalizeError({ message: 'Concurrency limit reached' }, { status: 429 }).code).to.equal(
      'concurrency_limit',
    );
  });

  it('names no limit to wait for on another client error: a 400 over a size limit is to fix', () => {
    const error = normalizeError(
      { message: 'Batch operation exceeds the limit of 1000 items' },
      { status: 400, method: 'POST' },
    );
    expect(error.code).to.equal(undefined);
    expect(error.kind).to.equal('validation');
    expect(adviseRetry(error).action).to.equal('fix-input');
    // A 413 about the token bucket's size is a payload too; a 503 saying so is a limit.
    expect(normalizeError({ message: 'Token bucket capacity exceeded' }, { status: 413 }).code).to
      .be.undefined;
    for (const status of [429, 503, undefined])
      expect(
        normalizeError({ message: 'Too many concurrent batch operations (limit: 4)' }, { status })
          .code,
        String(status),
      ).to.equal('batch_concurrency_limit');
  });
});

describe('normalizeError: a list of GraphQL errors with warnings', () => {
  const graphql = (...errors: unknown[]) =>
    normalizeError({ data: null, errors }, { status: 200, method: 'POST', endpoint: '/graphql' });
  const fluent = (code: string, message: string) => ({ message, extensions: { code } });

  it('takes the first error, not a warning before it, for the code and advice', () => {
    const error = graphql(
      fluent('C00023W', 'Query is close to the complexity limit'),
      fluent('C0001E', 'Query complexity 1200 exceeds the limit of 1000'),
    );
    expect(error).to.include({ code: 'C0001E', severity: 'error', kind: 'validation' });
    expect(adviseRetry(error)).to.include({ retry: 'never', action: 'fix-input' });
    expect(graphql(fluent('S0003W', 'a'), fluent('S0001E', 'b'))).to.include({
      code: 'S0001E',
      severity: 'error',
    });
  });

  it('keeps the first entry when it is an error, even one without a code', () => {
    // JSON:API: the status is in the first entry only; both point at a field.
    const error = normalizeError(
      {
        errors: [
          { status: '422', detail: 'Name is blank', source: { pointer: '/data/attributes/name' } },
          { code: 'too_short', detail: 'Too short', source: { pointer: '/data/attributes/pw' } },
        ],
      },
      { method: 'POST' },
    );
    expect(error).to.include({ status: 422, kind: 'validation', public: true });
    expect(error.fieldErrors.map((f) => f.field)).to.deep.equal(['name', 'pw']);
  });

  it('stays a warning when every entry is one', () => {
    const error = graphql(fluent('C00023W', 'a'), fluent('S0003W', 'b'));
    expect(error).to.include({ code: 'C00023W', severity: 'warning' });
    expect(adviseRetry(error)).to.include({ retry: 'never', action: 'none' });
  });
});

describe('normalizeError: a body without its status', () => {
  it('keeps the message private when no status says it is a 4xx', () => {
    const bodies = [
      { eventId: 'e1', entityId: 'o1', eventStatus: 'FAILED', errorMessage: 'PRIVATE db' },
      { error: 'invalid_request', error_description: 'PRIVATE db' },
      { errors: { base: ['PRIVATE db'] } },
    ];
    for (const body of bodies) {
      expect(normalizeError(body).public, JSON.stringify(body)).to.equal(false);
      expect(normalizeError(body, { status: 500 }).public).to.equal(false);
    }
    // With its 4xx status, the same kind of body speaks to the operator.
    expect(normalizeError(bodies[1], { status: 400 }).public).to.equal(true);
    // A status the body carries itself counts (Ormuco's code, GraphQL's extensions).
    expect(
      normalizeError({ code: 404, title: 'Not found', message: 'No order 17', key: 'not_found' })
        .public,
    ).to.equal(true);
  });
});

describe('normalizeError: public said as text', () => {
  for (const no of ['false', 'FALSE', ' no ', '0', 0]) {
    it(`keeps a 4xx message private when public is ${JSON.stringify(no)}`, () => {
      const error = normalizeError(
        { code: 400, title: 'Bad Request', message: 'Call 555', key: 'bad_request', public: no },
        { status: 400 },
      );
      expect(error.public).to.equal(false);
    });
  }

  it('does not make text public from a string "true"', () => {
    const error = normalizeError(
      { code: 500, message: 'db down', key: 'server_error', public: 'true' },
      { status: 500 },
    );
    expect(error.public).to.equal(false);
  });
});

describe('normalizeError: codes and ids are tokens, never prose', () => {
  const PROSE = 'PRIVATE host db-prod.internal user admin';

  const cases: [string, unknown, 'code' | 'errorId' | 'entityId'][] = [
    [
      'a GraphQL extensions.code',
      { errors: [{ message: 'x', extensions: { code: PROSE } }] },
      'code',
    ],
    ['an errors[] code', { errors: [{ code: PROSE }] }, 'code'],
    ['an errors[] type', { errors: [{ type: PROSE }] }, 'code'],
    [
      'a Spring classification',
      { errors: [{ message: 'x', extensions: { classification: PROSE } }] },
      'code',
    ],
    [
      'a Google ErrorInfo reason',
      {
        error: {
          code: 500,
          message: 'x',
          details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: PROSE }],
        },
      },
      'code',
    ],
    ['an XML <Code>', `<Error><Code>${PROSE}</Code><Message>x</Message></Error>`, 'code'],
    ['a traceId', { message: 'x', traceId: PROSE }, 'errorId'],
    [
      'an Ormuco error_id',
      { code: 500, message: 'x', key: 'internal', public: false, error_id: PROSE },
      'errorId',
    ],
    [
      'a Google RequestInfo requestId',
      {
        error: {
          code: 500,
          message: 'x',
          details: [{ '@type': 'type.googleapis.com/google.rpc.RequestInfo', requestId: PROSE }],
        },
      },
      'errorId',
    ],
    [
      'an XML <RequestId>',
      `<Error><Code>NoSuchKey</Code><RequestId>${PROSE}</RequestId></Error>`,
      'errorId',
    ],
    [
      'a Fluent entityId',
      { eventId: 'e1', entityId: PROSE, eventStatus: 'FAILED', errorMessage: 'x' },
      'entityId',
    ],
  ];
  for (const [name, input, key] of cases) {
    it(`drops prose given as ${name}`, () => {
      const error = normalizeError(input, { status: 500 });
      expect(error[key], key).to.equal(undefined);
      expect(JSON.stringify(error)).not.to.include('PRIVATE');
    });
  }

  it('takes the next id or code when the first is prose', () => {
    const headers = { 'x-request-id': 'r-123' };
    expect(
      normalizeError({ message: 'x', requestId: 'see logs for details' }, { headers }).errorId,
    ).to.equal('r-123');
    // A header that is prose gives way to the next header.
    expect(
      normalizeError('', { headers: { 'x-request-id': 'not known', 'request-id': 'r-7' } }).errorId,
    ).to.equal('r-7');
    // Google's ErrorInfo reason as prose: the error's own status names the code.
    const google = normalizeError(
      {
        error: {
          code: 403,
          status: 'PERMISSION_DENIED',
          message: 'x',
          details: [
            { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'PRIVATE host db-prod' },
          ],
        },
      },
      { status: 403 },
    );
    expect(google.code).to.equal('PERMISSION_DENIED');
  });

  it('keeps an Azure hierarchical Request-Id', () => {
    const id = '|4bf92f3577b34da6a3ce929d0e0e4736.00f067aa0ba902b7.';
    expect(normalizeError('', { status: 500, headers: { 'Request-Id': id } }).errorId).to.equal(id);
  });

  it('keeps the codes and ids the seeds and formats use', () => {
    const ids = [
      'e-1',
      'req-9',
      '0af7651916cd43dd8448eb211c80319c',
      '7d3f2a1b9c8e-OSL',
      '18.2f1e.1700000000.abc',
      'c0a8:01/42',
    ];
    for (const id of ids)
      expect(normalizeError({ message: 'x', requestId: id }).errorId).to.equal(id);
    for (const code of [
      'BAD_USER_INPUT',
      'C0120E',
      'type_error.float',
      'out-of-credit',
      'NoSuchKey',
    ])
      expect(normalizeError({ errors: [{ message: 'x', code }] }).code).to.equal(code);
  });

  it("honours an errors[] entry's own public: false", () => {
    for (const no of [false, 'false', 0]) {
      const error = normalizeError(
        { errors: [{ message: 'Card 4111 declined at gateway-3', public: no }] },
        { status: 400 },
      );
      expect(error.public).to.equal(false);
      expect(error.fieldErrors).to.deep.equal([]);
    }
  });

  it('still reads a validation error from entries that are all private', () => {
    for (const status of [200, undefined]) {
      const error = normalizeError(
        { errors: [{ message: 'Email taken by PRIVATE', field: 'email', public: false }] },
        { status },
      );
      expect(error.kind).to.equal('validation');
      expect(adviseRetry(error, {}).action).to.equal('fix-input');
      expect(error.public).to.equal(false);
      expect(error.fieldErrors).to.deep.equal([]);
    }
  });

  it('leaves out a later entry that is not public, in a list and in a map', () => {
    const listed = normalizeError(
      {
        errors: [
          { message: 'Name is required', path: ['input', 'name'] },
          { message: 'PRIVATE: db-prod 10.0.0.5', path: ['input', 'email'], public: false },
        ],
      },
      { status: 400 },
    );
    expect(listed.public).to.equal(true);
    expect(listed.fieldErrors.map((f) => f.message)).to.deep.equal(['Name is required']);
    const mapped = normalizeError(
      { errors: { name: ['is required'], email: [{ message: 'PRIVATE x', public: 'no' }] } },
      { status: 422 },
    );
    expect(JSON.stringify(mapped)).to.not.include('PRIVATE');
    expect(mapped.fieldErrors.map((f) => f.field)).to.deep.equal(['name']);
  });
});
