import { expect } from '@open-wc/testing';
import { adviseRetry, fromResponse, normalizeError } from '../../src/core.js';

/** A port nothing listens on: fetch fails with this engine's own network TypeError. */
const DEAD_URL = 'http://127.0.0.1:9/';

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('normalizeError: browser failures', () => {
  it('reads this engine’s own network failure as network', async () => {
    const e = await rejection(fetch(DEAD_URL));
    expect(e).to.be.instanceOf(TypeError);
    const error = normalizeError(e, { method: 'GET', endpoint: DEAD_URL });
    expect(error).to.include({ kind: 'network', origin: 'network', public: false });
    expect(error.operation).to.deep.equal({
      method: 'GET',
      endpoint: DEAD_URL,
      idempotent: true,
      critical: false,
    });
  });

  it('reads every engine’s wording of a failed fetch as network', () => {
    for (const message of [
      'Failed to fetch',
      'NetworkError when attempting to fetch resource.',
      'Load failed',
      'The network connection was lost.',
      'The Internet connection appears to be offline.',
      'Could not connect to the server.',
      'fetch failed',
    ])
      expect(normalizeError(new TypeError(message)).kind, message).to.equal('network');
  });

  it('reads an aborted fetch as aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const e = await rejection(fetch(location.href, { signal: controller.signal }));
    expect(normalizeError(e)).to.include({
      kind: 'aborted',
      origin: 'client',
      code: 'AbortError',
      public: false,
    });
  });

  it('reads a fetch that ran out of time as timeout', async () => {
    const e = await rejection(
      fetch(location.href, {
        signal: AbortSignal.abort(new DOMException('Timed out', 'TimeoutError')),
      }),
    );
    expect(normalizeError(e)).to.include({
      kind: 'timeout',
      origin: 'network',
      code: 'TimeoutError',
    });
    const signal = AbortSignal.timeout(1);
    await new Promise((r) => setTimeout(r, 30));
    expect(normalizeError(signal.reason)).to.include({ kind: 'timeout' });
  });

  it('reads other errors as unknown and keeps their message private', () => {
    const error = normalizeError(new RangeError('Invalid array length'));
    expect(error).to.include({
      kind: 'unknown',
      origin: 'client',
      public: false,
      message: 'Invalid array length',
    });
    expect(
      normalizeError(new TypeError("Cannot read properties of null (reading 'x')")).kind,
    ).to.equal('unknown');
  });

  it("reads a thrown error by the status the caller gives (an HTTP client's error)", () => {
    expect(normalizeError(new Error('HTTP 503'), { status: 503 })).to.include({
      kind: 'unavailable',
      origin: 'server',
      status: 503,
      public: false,
    });
    const denied = normalizeError(new Error('Request failed with status code 403'), {
      status: 403,
      method: 'GET',
    });
    expect(denied).to.include({ kind: 'forbidden', public: false });
    expect(adviseRetry(denied)).to.include({ retry: 'never', action: 'check-access' });
    // A fetch failure stays one, whatever status is given.
    expect(normalizeError(new TypeError('Failed to fetch'), { status: 503 }).kind).to.equal(
      'network',
    );
  });

  it("reads a network-error Response (a service worker's Response.error()) as a network failure", async () => {
    for (const error of [
      normalizeError(Response.error(), { method: 'GET' }),
      await fromResponse(Response.error(), { method: 'GET' }),
    ]) {
      expect(error).to.include({ kind: 'network', origin: 'network', public: false });
      expect(adviseRetry(error).retry).to.equal('auto');
    }
  });
});
