import { expect } from '@open-wc/testing';
import { fromResponse, normalizeError } from '../../src/core.js';
import { ormucoFixtures } from '../fixtures/ormuco.js';

const NOW = new Date('2024-05-01T12:00:00.000Z');

describe('fromResponse', () => {
  it('reads status, headers and a JSON body', async () => {
    const response = new Response(
      JSON.stringify({
        code: 404,
        title: 'Not found',
        message: 'Resource not found',
        key: 'not_found',
        public: true,
        error_id: 'e-1',
      }),
      { status: 404, headers: { 'content-type': 'application/json', 'retry-after': '3' } },
    );
    const error = await fromResponse(response, { now: NOW, method: 'GET' });
    expect(error).to.include({
      kind: 'not_found',
      status: 404,
      code: 'not_found',
      errorId: 'e-1',
      public: true,
      retryAfterMs: 3000,
    });
    expect(error.operation?.idempotent).to.equal(true);
  });

  it('normalizes every Ormuco fixture served as a real response', async () => {
    for (const fx of ormucoFixtures) {
      const status = fx.expect.status ?? 400;
      const body = typeof fx.input == 'string' ? fx.input : JSON.stringify(fx.input);
      const error = await fromResponse(new Response(body, { status }));
      expect(error.kind, fx.name).to.equal(fx.expect.kind);
      expect(error.public, fx.name).to.equal(fx.expect.public);
    }
  });

  it('reads an HTML gateway page without keeping its text', async () => {
    const page =
      '<html><head><title>504 Gateway Time-out</title></head><body><h1>504 Gateway Time-out</h1></body></html>';
    const error = await fromResponse(
      new Response(page, { status: 504, headers: { 'content-type': 'text/html' } }),
    );
    expect(error).to.include({ kind: 'timeout', origin: 'server', public: false });
    expect(error).not.to.have.property('message');
  });

  it('reads an empty body from the status alone', async () => {
    const error = await fromResponse(
      new Response(null, { status: 429, headers: { 'x-request-id': 'r-9' } }),
    );
    expect(error).to.include({ kind: 'rate_limited', errorId: 'r-9' });
  });

  it('still normalizes a body that cannot be read', async () => {
    const used = new Response('{"message":"x"}', { status: 502 });
    await used.text();
    expect(await fromResponse(used)).to.include({ kind: 'unavailable', status: 502 });
    const broken = new Response(
      new ReadableStream({
        start(controller) {
          controller.error(new Error('connection reset'));
        },
      }),
      { status: 500 },
    );
    expect(await fromResponse(broken)).to.include({ kind: 'server', status: 500 });
  });

  it('lets init override what the response says, but not with undefined', async () => {
    const response = new Response('', { status: 500 });
    expect((await fromResponse(response, { status: 503 })).kind).to.equal('unavailable');
    expect(
      (await fromResponse(new Response('', { status: 404 }), { status: undefined })).status,
    ).to.equal(404);
  });

  it('never rejects, even for something that is not a Response', async () => {
    const error = await fromResponse({} as Response);
    expect(error.kind).to.equal('unknown');
  });
});

describe('normalizeError given a Response as is', () => {
  it('advises from its status and headers, and leaves the body to fromResponse', () => {
    const response = new Response('{"message":"Order 17 is locked"}', {
      status: 429,
      headers: { 'Retry-After': '12', 'X-Request-Id': 'req-9' },
    });
    const error = normalizeError(response, { method: 'GET' });
    expect(error).to.include({ kind: 'rate_limited', status: 429, retryAfterMs: 12_000 });
    expect(error.errorId).to.equal('req-9');
    expect(error.operation?.method).to.equal('GET');
    expect(error.message).to.equal(undefined);
    expect(response.bodyUsed).to.equal(false);
  });

  it('reads a body shaped like a Response, but with no methods, as a payload', () => {
    // JSON cannot carry functions: a server cannot make its payload pass for a Response.
    const payload = JSON.parse('{"status":503,"ok":false,"text":"down","message":"Service down"}');
    const error = normalizeError(payload);
    expect(error.status).to.equal(503);
    expect(error.message).to.equal('Service down');
  });
});
