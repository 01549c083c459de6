import { expect } from '@open-wc/testing';
import { normalizeError } from '../../src/core.js';

const NOW = new Date('2024-05-01T12:00:00.000Z');
const withHeaders = (
  headers: HeadersInit | Record<string, string> | [string, string][],
  body: unknown = '',
) => normalizeError(body, { status: 503, now: NOW, headers: headers as Record<string, string> });

describe('normalizeError: headers', () => {
  it('reads Headers, records and tuples, case-insensitively', () => {
    expect(withHeaders(new Headers({ 'X-Request-ID': 'h1' })).errorId).to.equal('h1');
    expect(withHeaders({ 'X-REQUEST-ID': 'h2' }).errorId).to.equal('h2');
    expect(withHeaders([['x-Request-Id', 'h3']]).errorId).to.equal('h3');
  });

  it('reads Retry-After in seconds', () => {
    expect(withHeaders({ 'Retry-After': '120' }).retryAfterMs).to.equal(120_000);
    expect(withHeaders({ 'Retry-After': '0' }).retryAfterMs).to.equal(0);
  });

  it('reads Retry-After as an HTTP-date relative to init.now, never negative', () => {
    expect(withHeaders({ 'Retry-After': 'Wed, 01 May 2024 12:01:30 GMT' }).retryAfterMs).to.equal(
      90_000,
    );
    expect(withHeaders({ 'Retry-After': 'Wed, 01 May 2024 11:00:00 GMT' }).retryAfterMs).to.equal(
      0,
    );
    expect(withHeaders({ 'Retry-After': 'soon' })).not.to.have.property('retryAfterMs');
  });

  it("reads a Retry-After date against the response's own Date, not a fast client clock", () => {
    const served = {
      'Retry-After': 'Wed, 01 May 2024 11:59:00 GMT',
      Date: 'Wed, 01 May 2024 11:58:00 GMT',
    };
    expect(withHeaders(served).retryAfterMs).to.equal(60_000);
    // A Date that is no date leaves the client's clock.
    expect(withHeaders({ ...served, Date: 'yesterday' }).retryAfterMs).to.equal(0);
  });

  it('ignores a Retry-After that is neither whole seconds nor a date', () => {
    // Date.parse would read '1.5' as a day in 2001, which is long past: "retry now".
    for (const value of ['1.5', '0.5', '-3', '5s', '1e3', 'May 5', 'soon'])
      expect(withHeaders({ 'Retry-After': value }), value).not.to.have.property('retryAfterMs');
  });

  it('keeps a huge wait within what a timer can wait (24.8 days), never Infinity', () => {
    const days = withHeaders({ 'Retry-After': '9'.repeat(400) }).retryAfterMs;
    expect(days).to.equal(2 ** 31 - 1);
    const body = {
      error: { details: [{ '@type': 'google.rpc.RetryInfo', retryDelay: '99999999999s' }] },
    };
    expect(withHeaders({}, body).retryAfterMs).to.equal(2 ** 31 - 1);
  });

  it('prefers a delay from the body over Retry-After', () => {
    const body = {
      error: { code: 429, details: [{ '@type': 'google.rpc.RetryInfo', retryDelay: '5s' }] },
    };
    expect(withHeaders({ 'Retry-After': '60' }, body).retryAfterMs).to.equal(5000);
  });

  it('takes request and correlation ids from the usual headers', () => {
    const cases: [string, string, string][] = [
      ['x-correlation-id', 'c-1', 'c-1'],
      ['request-id', 'r-1', 'r-1'],
      ['x-amzn-requestid', 'a-1', 'a-1'],
      ['x-amz-request-id', 'a-2', 'a-2'],
      ['x-b3-traceid', '80f198ee56343ba864fe8b2a57d3eff7', '80f198ee56343ba864fe8b2a57d3eff7'],
      ['cf-ray', '8a1b2c3d4e5f6789-OSL', '8a1b2c3d4e5f6789-OSL'],
      [
        'traceparent',
        '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
        '0af7651916cd43dd8448eb211c80319c',
      ],
    ];
    for (const [name, value, id] of cases)
      expect(withHeaders({ [name]: value }).errorId, name).to.equal(id);
  });

  it('prefers x-request-id over a trace id, and the body’s id over both', () => {
    const headers = {
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      'x-request-id': 'req-1',
    };
    expect(withHeaders(headers).errorId).to.equal('req-1');
    expect(withHeaders(headers, { message: 'x', error_id: 'body-1' }).errorId).to.equal('body-1');
  });

  it('reads an OAuth Bearer challenge from WWW-Authenticate', () => {
    const error = normalizeError('', {
      status: 401,
      headers: {
        'WWW-Authenticate':
          'Bearer error="insufficient_scope", error_description="Needs orders:write"',
      },
    });
    expect(error).to.include({
      kind: 'forbidden',
      code: 'insufficient_scope',
      message: 'Needs orders:write',
      public: false,
    });
    expect(
      normalizeError('', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="x"' } }),
    ).not.to.have.property('code');
  });

  it('lets the body’s code win over the challenge', () => {
    const error = normalizeError(
      { error: 'invalid_grant', error_description: 'Bad credentials' },
      { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } },
    );
    expect(error.code).to.equal('invalid_grant');
  });

  it('uses content-type to read XML without a prolog and JSON problem bodies', () => {
    const xml = normalizeError(
      ' <Error><Code>SlowDown</Code><Message>Reduce your rate</Message></Error>',
      {
        status: 503,
        headers: { 'Content-Type': 'application/xml' },
      },
    );
    expect(xml).to.include({ code: 'SlowDown', message: 'Reduce your rate', public: false });
  });

  it('survives headers that throw or are malformed', () => {
    const throwing = {
      get: () => {
        throw new Error('boom');
      },
    };
    expect(
      normalizeError('', { status: 500, headers: throwing as unknown as Headers }).kind,
    ).to.equal('server');
    const hostile = Object.defineProperty({}, 'x-request-id', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(normalizeError('', { status: 500, headers: hostile }).kind).to.equal('server');
    expect(
      normalizeError('', {
        status: 500,
        headers: [['x-request-id']] as unknown as [string, string][],
      }).kind,
    ).to.equal('server');
    expect(
      normalizeError('', { status: 500, headers: 'x-request-id: 1' as unknown as Headers }).kind,
    ).to.equal('server');
  });
});
