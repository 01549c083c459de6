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

  /** A body that never ends: `chunk` bytes per pull, counted, and whether it was cancelled. */
  function endless(chunk: string) {
    const bytes = new TextEncoder().encode(chunk);
    const seen = { pulled: 0, cancelled: false };
    const body = new ReadableStream<Uint8Array>(
      {
        pull: (c) => {
          seen.pulled += bytes.length;
          c.enqueue(bytes);
        },
        cancel: () => {
          seen.cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    return { body, seen };
  }

  /** A body that sends `first` and then nothing, until cancelled. */
  function stalling(first: string) {
    const seen = { cancelled: false };
    const body = new ReadableStream<Uint8Array>({
      start: (c) => c.enqueue(new TextEncoder().encode(first)),
      cancel: () => {
        seen.cancelled = true;
      },
    });
    return { body, seen };
  }

  it('reads at most 1 MiB of an endless body, then stops downloading it', async () => {
    const page = '<html><head><title>502 Bad Gateway</title></head><body>'.padEnd(64 * 1024, 'x');
    const { body, seen } = endless(page);
    const error = await fromResponse(
      new Response(body, { status: 502, headers: { 'content-type': 'text/html' } }),
    );
    expect(error).to.include({ kind: 'unavailable', status: 502, public: false });
    expect(seen.pulled).to.be.at.least(1 << 20);
    expect(seen.pulled).to.be.below((1 << 20) + 3 * page.length);
    expect(seen.cancelled).to.equal(true);
  });

  it('keeps what it read within maxBytes, cut at that byte', async () => {
    const { body, seen } = endless('{"message":"first"} and then more ');
    const response = new Response(body, { status: 500 });
    const error = await fromResponse(response, {}, { maxBytes: 100 });
    expect(seen.pulled).to.be.below(200);
    expect(seen.cancelled).to.equal(true);
    expect(error.status).to.equal(500);
    // Cut mid-way, the body is no JSON, and text from a 500 is never public.
    expect(error.public).to.equal(false);
  });

  it('gives up on a body that stalls, and describes the error from its status', async () => {
    const { body, seen } = stalling('{"message":"Order 17 is');
    const started = performance.now();
    const error = await fromResponse(
      new Response(body, { status: 504, headers: { 'x-request-id': 'r-5' } }),
      { method: 'GET' },
      { timeoutMs: 50 },
    );
    expect(performance.now() - started).to.be.below(2000);
    expect(error).to.include({ kind: 'timeout', status: 504, errorId: 'r-5' });
    expect(error).not.to.have.property('message');
    expect(seen.cancelled).to.equal(true);
  });

  it('stops reading when its signal aborts, and when it was aborted before', async () => {
    const stalled = stalling('<html><title>503');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const error = await fromResponse(
      new Response(stalled.body, { status: 503 }),
      {},
      { signal: controller.signal },
    );
    expect(error).to.include({ kind: 'unavailable', status: 503 });
    expect(stalled.seen.cancelled).to.equal(true);

    const { body, seen } = endless('data ');
    const early = await fromResponse(
      new Response(body, { status: 429 }),
      {},
      { signal: controller.signal },
    );
    expect(early.kind).to.equal('rate_limited');
    expect(seen.pulled).to.equal(0);
  });

  it('reads a Response-like object without a stream whole, within the deadline', async () => {
    const like = (text: () => Promise<string>) =>
      ({ status: 500, ok: false, headers: new Headers(), url: '', text }) as unknown as Response;
    expect((await fromResponse(like(async () => '{"code":"db_down"}'))).code).to.equal('db_down');
    const hung = await fromResponse(
      like(() => new Promise<never>(() => {})),
      {},
      { timeoutMs: 20 },
    );
    expect(hung).to.include({ kind: 'server', status: 500 });
  });

  it('sets no deadline for a wait beyond what a timer holds, and reads the body to its end', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"code":"late'));
        setTimeout(() => {
          c.enqueue(new TextEncoder().encode('_answer"}'));
          c.close();
        }, 30);
      },
    });
    const error = await fromResponse(
      new Response(body, { status: 400 }),
      {},
      { timeoutMs: Infinity },
    );
    expect(error.code).to.equal('late_answer');
  });

  it('takes the default for a limit that is no number', async () => {
    const error = await fromResponse(
      new Response('{"code":"quota"}', { status: 400 }),
      {},
      { maxBytes: -1, timeoutMs: Number.NaN },
    );
    expect(error.code).to.equal('quota');
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
