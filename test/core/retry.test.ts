import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ERROR_KINDS, retry, sleep } from '../../src/core.js';
import type { NormalizeInit, NormalizedError } from '../../src/core.js';
import { makeError, OPS } from './make-error.js';

const networkRead = makeError({ kind: 'network', operation: OPS.read });

/** A sleep that returns at once and remembers what it was asked to wait. */
function fakeSleep() {
  const waits: number[] = [];
  const sleep = (ms: number, signal: AbortSignal) => {
    waits.push(ms);
    signal.throwIfAborted();
    return Promise.resolve();
  };
  return { waits, sleep };
}

/** fn that fails with the given errors in turn, then resolves 'done'. */
function failing(...errors: unknown[]) {
  const calls: AbortSignal[] = [];
  const fn = (signal: AbortSignal) => {
    calls.push(signal);
    const next = errors.shift();
    return next === undefined ? Promise.resolve('done') : Promise.reject(next);
  };
  return { fn, calls };
}

// The failures arrive already normalized; the default normalizer is tested on its own.
const passThrough = (input: unknown) => input as NormalizedError;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('retry', () => {
  it('retries a read after a network failure and resolves with its value', async () => {
    const { waits, sleep } = fakeSleep();
    const { fn, calls } = failing(networkRead, networkRead);
    const value = await retry(fn, {
      error: networkRead,
      sleep,
      normalize: passThrough,
      policy: { random: () => 0.5 },
    });
    expect(value).to.equal('done');
    expect(calls).to.have.length(3);
    expect(waits).to.deep.equal([500, 1000, 2000]);
  });

  it('treats a fetch that answered with an error status as a failure, not as its value', async () => {
    const { sleep } = fakeSleep();
    const answers = [
      new Response(JSON.stringify({ message: 'Service Unavailable', requestId: 'r-1' }), {
        status: 503,
        headers: { 'content-type': 'application/json' },
      }),
      new Response('ok', { status: 200 }),
    ];
    const seen: unknown[] = [];
    const value = await retry(() => Promise.resolve(answers[seen.push(0) - 1]!), {
      error: networkRead,
      sleep,
      policy: { random: () => 0.5 },
    });
    expect(seen).to.have.length(2);
    expect(value).to.equal(answers[1]);

    // A POST that keeps answering 503 stops at the operator, with what the body said.
    const write = makeError({ kind: 'network', operation: OPS.post });
    const failure = (await rejection(
      retry(
        () =>
          Promise.resolve(new Response('{"message":"down","requestId":"r-2"}', { status: 503 })),
        {
          error: { ...write, kind: 'timeout', operation: OPS.read },
          init: { method: 'POST', endpoint: '/orders' },
          sleep,
        },
      ),
    )) as NormalizedError;
    expect(failure).to.include({ kind: 'unavailable', status: 503, errorId: 'r-2' });
    expect(failure.operation).to.include({ method: 'POST', idempotent: false });
  });

  it('reads a thrown Response by its status and headers', async () => {
    const { sleep } = fakeSleep();
    const failure = (await rejection(
      retry(() => Promise.reject(new Response('', { status: 403 })), {
        error: networkRead,
        sleep,
      }),
    )) as NormalizedError;
    expect(failure).to.include({ kind: 'forbidden', status: 403 });
  });

  it('waits what the server asked for', async () => {
    const { waits, sleep } = fakeSleep();
    const limited = makeError({ kind: 'rate_limited', retryAfterMs: 7000, operation: OPS.read });
    await retry(failing().fn, { error: limited, sleep });
    expect(waits).to.deep.equal([7000]);
  });

  it('stops after the bounded attempts and rejects with the latest error', async () => {
    const { sleep } = fakeSleep();
    const last = makeError({ kind: 'timeout', operation: OPS.read, errorId: 'third' });
    const { fn, calls } = failing(networkRead, networkRead, last, networkRead);
    const error = await rejection(retry(fn, { error: networkRead, sleep, normalize: passThrough }));
    expect(calls).to.have.length(3);
    expect(error).to.equal(last);
  });

  it('tries a 500 only twice', async () => {
    const { sleep } = fakeSleep();
    const server = makeError({ kind: 'server', status: 500, operation: OPS.read });
    const { fn, calls } = failing(server, server, server);
    await rejection(retry(fn, { error: server, sleep, normalize: passThrough }));
    expect(calls).to.have.length(2);
  });

  it('does not run a non-idempotent write again', async () => {
    const post = makeError({ kind: 'network', operation: OPS.post });
    const { fn, calls } = failing();
    expect(await rejection(retry(fn, { error: post, sleep: fakeSleep().sleep }))).to.equal(post);
    expect(calls).to.have.length(0);
  });

  it('does not replay a critical write', async () => {
    const activate = makeError({ kind: 'timeout', operation: OPS.activate });
    const { fn, calls } = failing();
    expect(await rejection(retry(fn, { error: activate }))).to.equal(activate);
    expect(calls).to.have.length(0);
  });

  it('stops as soon as a failure is no longer retryable', async () => {
    const { sleep } = fakeSleep();
    const forbidden = makeError({ kind: 'forbidden', status: 403, operation: OPS.read });
    const { fn, calls } = failing(forbidden, networkRead);
    expect(
      await rejection(retry(fn, { error: networkRead, sleep, normalize: passThrough })),
    ).to.equal(forbidden);
    expect(calls).to.have.length(1);
  });

  it('continues the count from the given state', async () => {
    const { sleep } = fakeSleep();
    const { fn, calls } = failing(networkRead, networkRead);
    await rejection(
      retry(fn, { error: networkRead, sleep, normalize: passThrough, state: { attempt: 2 } }),
    );
    expect(calls).to.have.length(1);
  });

  it("re-normalizes each failure with the first error's operation", async () => {
    const { sleep } = fakeSleep();
    const seen: [unknown, NormalizeInit][] = [];
    const thrown = new TypeError('Failed to fetch');
    const { fn } = failing(thrown);
    const normalize = (input: unknown, init: NormalizeInit) => {
      seen.push([input, init]);
      return makeError({ kind: 'forbidden' });
    };
    await rejection(
      retry(fn, { error: makeError({ ...networkRead, vendor: 'omnium' }), sleep, normalize }),
    );
    expect(seen).to.have.length(1);
    expect(seen[0]![0]).to.equal(thrown);
    expect(seen[0]![1]).to.include({
      method: 'GET',
      endpoint: '/orders/17',
      idempotent: true,
      critical: false,
      vendor: 'omnium',
    });
  });

  it("passes the caller's init to the normalizer when given", async () => {
    const { sleep } = fakeSleep();
    let got: NormalizeInit | undefined;
    const init = { method: 'GET', endpoint: '/x', vendor: 'ormuco' };
    await rejection(
      retry(failing(new Error('x')).fn, {
        error: networkRead,
        sleep,
        init,
        normalize: (_e, i) => ((got = i), makeError({ kind: 'validation' })),
      }),
    );
    expect(got).to.equal(init);
  });

  it('normalizes failures with normalizeError by default', async () => {
    const { sleep } = fakeSleep();
    const error = await rejection(
      retry(failing(new TypeError('Failed to fetch')).fn, {
        error: networkRead,
        sleep,
        policy: { maxAttempts: 1 },
      }),
    );
    expect(ERROR_KINDS).to.include((error as NormalizedError).kind);
    expect((error as NormalizedError).fieldErrors).to.be.an('array');
  });

  it('stays within the bound when the given attempt is not a number', async () => {
    for (const attempt of [NaN, 'x' as unknown as number, -5, 1.5]) {
      const { sleep } = fakeSleep();
      const { fn, calls } = failing(...Array.from({ length: 10 }, () => networkRead));
      await rejection(
        retry(fn, { error: networkRead, sleep, normalize: passThrough, state: { attempt } }),
      );
      expect(calls.length, String(attempt)).to.equal(attempt === 1.5 ? 2 : 3);
    }
  });

  it('does not start an attempt after an abort that a slow sleep ignored', async () => {
    const controller = new AbortController();
    const { fn, calls } = failing();
    const deaf = () => new Promise<void>((resolve) => setTimeout(resolve, 30));
    const pending = retry(fn, { error: networkRead, sleep: deaf, signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    expect(((await rejection(pending)) as DOMException).name).to.equal('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(calls).to.have.length(0);
  });

  describe('401', () => {
    const expired = makeError({ kind: 'unauthenticated', status: 401, operation: OPS.read });

    it('refreshes a session that expired while other failures were retried', async () => {
      const { sleep } = fakeSleep();
      let refreshes = 0;
      const unavailable = makeError({ kind: 'unavailable', status: 503, operation: OPS.read });
      const { fn, calls } = failing(unavailable, expired);
      const value = await retry(fn, {
        error: unavailable,
        sleep,
        normalize: passThrough,
        refreshSession: async () => void refreshes++,
      });
      expect(value).to.equal('done');
      expect([refreshes, calls.length]).to.deep.equal([1, 3]);
    });

    it('refreshes the session once, then retries the read', async () => {
      const { sleep } = fakeSleep();
      let refreshes = 0;
      const { fn, calls } = failing();
      const value = await retry(fn, {
        error: expired,
        sleep,
        refreshSession: async () => void refreshes++,
      });
      expect(value).to.equal('done');
      expect([refreshes, calls.length]).to.deep.equal([1, 1]);
    });

    it('stops at a second 401: the operator signs in', async () => {
      const { sleep } = fakeSleep();
      let refreshes = 0;
      const again = makeError({ ...expired, errorId: 'again' });
      const { fn, calls } = failing(again);
      const error = await rejection(
        retry(fn, {
          error: expired,
          sleep,
          normalize: passThrough,
          refreshSession: async () => void refreshes++,
        }),
      );
      expect(error).to.equal(again);
      expect([refreshes, calls.length]).to.deep.equal([1, 1]);
    });

    it('leaves the refresh to the app when it gives no refreshSession', async () => {
      const { fn, calls } = failing();
      expect(await rejection(retry(fn, { error: expired }))).to.equal(expired);
      expect(calls).to.have.length(0);
    });

    it('rejects with the 401 when the refresh fails', async () => {
      const { fn, calls } = failing();
      const refreshSession = () => Promise.reject(new Error('refresh token revoked'));
      expect(await rejection(retry(fn, { error: expired, refreshSession }))).to.equal(expired);
      expect(calls).to.have.length(0);
    });

    it('rejects with the 401 when the refresh throws instead of rejecting', async () => {
      const { fn, calls } = failing();
      const refreshSession = () => {
        throw new Error('no refresh token');
      };
      expect(await rejection(retry(fn, { error: expired, refreshSession }))).to.equal(expired);
      expect(calls).to.have.length(0);
    });

    it('rejects with the abort when the refresh is aborted', async () => {
      const controller = new AbortController();
      const refreshSession = (signal: AbortSignal) => {
        controller.abort();
        return Promise.reject(signal.reason);
      };
      const error = await rejection(
        retry(failing().fn, { error: expired, refreshSession, signal: controller.signal }),
      );
      expect((error as DOMException).name).to.equal('AbortError');
    });
  });

  describe('abort', () => {
    it('rejects with the AbortError during the wait, without calling fn again', async () => {
      const controller = new AbortController();
      const { fn, calls } = failing();
      const limited = makeError({
        kind: 'rate_limited',
        retryAfterMs: 60_000,
        operation: OPS.read,
      });
      const pending = retry(fn, { error: limited, signal: controller.signal });
      setTimeout(() => controller.abort(), 10);
      const error = await rejection(pending);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(calls).to.have.length(0);
    });

    it('rejects with the AbortError when aborted during an attempt', async () => {
      const controller = new AbortController();
      const fn = (signal: AbortSignal) => {
        controller.abort();
        return Promise.reject(signal.reason);
      };
      const error = await rejection(
        retry(fn, { error: networkRead, signal: controller.signal, sleep: fakeSleep().sleep }),
      );
      expect((error as DOMException).name).to.equal('AbortError');
    });

    it('does nothing when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const { fn, calls } = failing();
      const error = await rejection(retry(fn, { error: networkRead, signal: controller.signal }));
      expect((error as DOMException).name).to.equal('AbortError');
      expect(calls).to.have.length(0);
    });

    it('settles on abort even when the attempt ignores the signal', async () => {
      const controller = new AbortController();
      let started = false;
      const fn = () => {
        started = true;
        return new Promise<never>(() => {}); // a fetch that was not given the signal
      };
      const pending = retry(fn, {
        error: networkRead,
        signal: controller.signal,
        sleep: fakeSleep().sleep,
      });
      await new Promise((r) => setTimeout(r));
      expect(started).to.equal(true);
      controller.abort();
      const error = await rejection(pending);
      expect((error as DOMException).name).to.equal('AbortError');
    });

    it('settles on abort while the failed response is still being read', async () => {
      const controller = new AbortController();
      // A 503 whose body stalls after its first bytes (a fetch not given the signal).
      const stalled = new Response(
        new ReadableStream({
          start: (c) => c.enqueue(new TextEncoder().encode('{"message":')),
        }),
        { status: 503 },
      );
      const pending = retry(() => Promise.resolve(stalled), {
        error: networkRead,
        signal: controller.signal,
        sleep: fakeSleep().sleep,
      });
      setTimeout(() => controller.abort(), 20);
      const started = performance.now();
      expect(((await rejection(pending)) as DOMException).name).to.equal('AbortError');
      // Not after the 10 s the body may take on its own.
      expect(performance.now() - started).to.be.below(2000);
    });

    it('settles on abort even when the refresh ignores the signal', async () => {
      const controller = new AbortController();
      const pending = retry(failing().fn, {
        error: makeError({ kind: 'unauthenticated', status: 401, operation: OPS.read }),
        signal: controller.signal,
        refreshSession: () => new Promise<never>(() => {}),
      });
      await new Promise((r) => setTimeout(r));
      controller.abort();
      expect(((await rejection(pending)) as DOMException).name).to.equal('AbortError');
    });

    it("hands each attempt the caller's signal", async () => {
      const controller = new AbortController();
      const { fn, calls } = failing();
      await retry(fn, { error: networkRead, signal: controller.signal, sleep: fakeSleep().sleep });
      expect(calls[0]).to.equal(controller.signal);
    });
  });

  it('sequences: resolves within the bound, otherwise rejects after exactly the bound', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('network', 'timeout', 'rate_limited', 'unavailable', 'server'),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        async (failures, kind, r) => {
          const error = makeError({ kind: kind as NormalizedError['kind'], operation: OPS.read });
          const bound = kind === 'server' ? 2 : 3;
          const { waits, sleep } = fakeSleep();
          const { fn, calls } = failing(...Array.from({ length: failures }, () => error));
          const outcome = await retry(fn, {
            error,
            sleep,
            normalize: passThrough,
            policy: { random: () => r },
          }).catch((e: unknown) => e);
          expect(calls.length).to.equal(Math.min(failures + 1, bound));
          expect(outcome).to.equal(failures < bound ? 'done' : error);
          waits.forEach((ms, attempt) => expect(ms).to.be.within(0, 1000 * 2 ** attempt));
        },
      ),
      { seed: 20261122, numRuns: 200 },
    );
  });
});

describe('retry: mistakes in the call', () => {
  it('rejects at once, naming what is wrong, instead of normalizing the mistake', async () => {
    const { waits, sleep } = fakeSleep();
    const notAFunction = retry('https://example.test' as never, { error: networkRead, sleep });
    expect(((await rejection(notAFunction)) as TypeError).message).to.match(
      /fn must be a function/,
    );
    expect(waits).to.have.length(0);
    const noOptions = retry(failing().fn, undefined as never);
    expect(((await rejection(noOptions)) as TypeError).message).to.match(/options\.error/);
    // An object that is not a signal (a controller, a plain object) is named, not
    // "throwIfAborted is not a function".
    for (const signal of [{}, new AbortController()]) {
      const wrongSignal = retry(failing().fn, { error: networkRead, sleep, signal } as never);
      expect(((await rejection(wrongSignal)) as TypeError).message).to.match(
        /options\.signal must be an AbortSignal/,
      );
    }
    expect(waits).to.have.length(0);
    // null, as a framework passes "no signal", is no signal: the retry runs.
    let calls = 0;
    const ok = await retry(async () => ++calls, {
      error: networkRead,
      sleep,
      signal: null,
    } as never);
    expect([ok, calls]).to.deep.equal([1, 1]);
  });

  it('treats a synchronous throw from fn as a failed attempt', async () => {
    let calls = 0;
    const fn = () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return Promise.resolve('done');
    };
    expect(await retry(fn, { error: networkRead, sleep: fakeSleep().sleep })).to.equal('done');
    expect(calls).to.equal(2);
  });
});

describe('sleep', () => {
  it('waits without a signal', async () => {
    const start = performance.now();
    await sleep(20);
    expect(performance.now() - start).to.be.at.least(15);
  });

  it('waits about the given time', async () => {
    const start = performance.now();
    await sleep(30, new AbortController().signal);
    expect(performance.now() - start).to.be.at.least(25);
  });

  it("rejects with the signal's reason and stops waiting on abort", async () => {
    const controller = new AbortController();
    const start = performance.now();
    const pending = sleep(10_000, controller.signal);
    controller.abort(new DOMException('gone', 'AbortError'));
    const error = await rejection(pending);
    expect((error as DOMException).message).to.equal('gone');
    expect(performance.now() - start).to.be.below(1000);
  });

  it('rejects at once when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(((await rejection(sleep(10_000, controller.signal))) as Error).name).to.equal(
      'AbortError',
    );
  });

  it('removes its abort listener once it has waited', async () => {
    const controller = new AbortController();
    let removed = 0;
    const remove = controller.signal.removeEventListener.bind(controller.signal);
    controller.signal.removeEventListener = (...args: Parameters<typeof remove>) => {
      removed++;
      remove(...args);
    };
    await sleep(1, controller.signal);
    expect(removed).to.equal(1);
  });
});
