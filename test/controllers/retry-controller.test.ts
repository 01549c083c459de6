import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normalizeError } from '../../src/core.js';
import type { NormalizeInit, NormalizedError } from '../../src/core.js';
import { RetryController, RetryStatus } from '../../src/controllers/retry-controller.js';
import type { RetryControllerOptions } from '../../src/controllers/retry-controller.js';
import type { RetryClock } from '../../src/controllers/clock.js';
import { systemClock } from '../../src/controllers/clock.js';
import type { RetryEventDetail } from '../../src/events/faultline-event.js';

/** A clock that only moves when told to, firing due timers in order. */
export function fakeClock() {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: RetryClock & { advance(ms: number): void; readonly pending: number } = {
    now: () => now,
    setTimeout(callback, ms) {
      timers.set(++seq, { at: now + ms, callback });
      return seq;
    },
    clearTimeout(id) {
      timers.delete(id as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
    get pending() {
      return timers.size;
    },
  };
  return clock;
}

/** A host that records updates and drives the controller's lifecycle by hand. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    updates: 0,
    addController(c: ReactiveController) {
      controllers.push(c);
    },
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
  return host as typeof host & ReactiveControllerHost;
}

/** An action whose attempts the test settles one by one. */
function controlledAction() {
  const calls: { signal: AbortSignal; resolve(v: unknown): void; reject(e: unknown): void }[] = [];
  const action = (signal: AbortSignal) =>
    new Promise<unknown>((resolve, reject) => calls.push({ signal, resolve, reject }));
  return { action, calls };
}

const READ: NormalizeInit = { method: 'GET', endpoint: '/orders/17' };
const POST: NormalizeInit = { method: 'POST', endpoint: '/orders/17/notes' };
const unavailable = (init: NormalizeInit = READ, headers?: Record<string, string>) =>
  normalizeError({ message: 'Service Unavailable' }, { ...init, status: 503, headers });

function setup(options: Partial<RetryControllerOptions> = {}) {
  const host = fakeHost();
  const clock = fakeClock();
  const { action, calls } = controlledAction();
  const events: { type: string; detail: RetryEventDetail }[] = [];
  const statuses: RetryStatus[] = [];
  const retry = new RetryController(host, {
    action: () => action,
    clock,
    policy: () => ({ random: () => 0.5 }),
    onStart: (detail) => (events.push({ type: 'start', detail }), true),
    onSuccess: (detail) => events.push({ type: 'success', detail }),
    onFailure: (detail) => events.push({ type: 'failure', detail }),
    onExhausted: (detail) => events.push({ type: 'exhausted', detail }),
    onStatus: (status) => statuses.push(status),
    ...options,
  });
  host.connect();
  return { host, clock, retry, calls, events, statuses };
}

describe('RetryController', () => {
  it('starts one attempt however often it is asked while one runs', () => {
    const { retry, calls, events } = setup();
    retry.setError(unavailable());
    retry.run();
    retry.run();
    retry.run();
    expect(calls).to.have.length(1);
    expect(retry.status).to.equal(RetryStatus.running);
    expect(retry.attempts).to.equal(1);
    expect(events.map((e) => e.type)).to.deep.equal(['start']);
  });

  it('resolves a successful attempt into succeeded with its value', async () => {
    const { retry, calls, events } = setup();
    const error = unavailable();
    retry.setError(error);
    retry.run();
    calls[0].resolve({ id: 17 });
    await retry.settled;
    expect(retry.status).to.equal(RetryStatus.succeeded);
    expect(retry.value).to.deep.equal({ id: 17 });
    expect(events[1]).to.deep.equal({
      type: 'success',
      detail: { error, attempt: 1, value: { id: 17 } },
    });
  });

  it('counts a fetch that answered with an error status as a failed attempt, body and all', async () => {
    const { retry, calls, events } = setup();
    retry.setError(unavailable());
    retry.run();
    // What `(signal) => fetch(url, { signal })` resolves with when the service is still down.
    calls[0].resolve(
      new Response(JSON.stringify({ message: 'Still down', error_id: 'gw-42' }), {
        status: 502,
        headers: { 'content-type': 'application/json' },
      }),
    );
    await retry.settled;
    expect(retry.status).to.not.equal(RetryStatus.succeeded);
    expect(retry.value).to.equal(undefined);
    expect(events.map((e) => e.type)).to.deep.equal(['start', 'failure']);
    const { error } = events[1]!.detail;
    expect(error).to.include({ kind: 'unavailable', status: 502, errorId: 'gw-42' });
    // Still the same read: the next advice may retry it by itself.
    expect(error.operation).to.include({ method: 'GET', endpoint: '/orders/17', idempotent: true });
    expect(retry.advice?.retry).to.equal('auto');
  });

  it('reads a thrown Response like a failed one, and a resolved ok Response is success', async () => {
    const { retry, calls, events, clock } = setup();
    retry.setError(unavailable());
    retry.run();
    calls[0].reject(new Response('', { status: 429, headers: { 'retry-after': '9' } }));
    await retry.settled;
    expect(events[1]!.detail.error).to.include({ kind: 'rate_limited', retryAfterMs: 9000 });
    // The wait the server asked for comes first; then the operator may try again.
    expect(retry.status).to.equal(RetryStatus.waiting);
    clock.advance(9000);
    retry.run();
    const ok = new Response('{}', { status: 200 });
    calls[1].resolve(ok);
    await retry.settled;
    expect(retry.status).to.equal(RetryStatus.succeeded);
    expect(retry.value).to.equal(ok);
  });

  it('gives every attempt its own signal and aborts the running one on disconnect', async () => {
    const { host, retry, calls } = setup();
    retry.setError(unavailable());
    retry.run();
    calls[0].reject(new TypeError('Failed to fetch'));
    await retry.settled;
    retry.run();
    expect(calls[1].signal).not.to.equal(calls[0].signal);
    host.disconnect();
    await Promise.resolve(); // a removal, not a move: still out after this task's microtasks
    expect(calls[1].signal.aborted).to.equal(true);
    // The late answer of the aborted attempt changes nothing.
    calls[1].resolve('late');
    await retry.settled;
    expect(retry.status).not.to.equal(RetryStatus.succeeded);
    expect(retry.value).to.equal(undefined);
  });

  it('drops the result of an attempt that settles after a newer error was set', async () => {
    const { retry, calls, events } = setup();
    retry.setError(unavailable());
    retry.run();
    const first = retry.settled;
    retry.setError(unavailable());
    expect(calls[0].signal.aborted).to.equal(true);
    calls[0].resolve('stale');
    await first;
    expect(retry.status).to.equal(RetryStatus.idle);
    expect(retry.attempts).to.equal(0);
    expect(events.map((e) => e.type)).to.deep.equal(['start']);
  });

  it('drops the result of an aborted attempt once a newer one runs', async () => {
    const { retry, calls } = setup();
    retry.setError(unavailable());
    retry.run();
    retry.abort();
    retry.run();
    calls[0].reject(new TypeError('Failed to fetch'));
    await Promise.resolve();
    expect(retry.status).to.equal(RetryStatus.running);
    calls[1].resolve('fresh');
    await retry.settled;
    expect(retry.value).to.equal('fresh');
    // The aborted attempt neither failed nor counts.
    expect(retry.attempts).to.equal(1);
  });

  it('counts the advised delay down once per second, then runs the attempt by itself', () => {
    const { host, clock, retry, calls, statuses } = setup({ auto: () => true });
    retry.setError(unavailable(READ, { 'retry-after': '3' }));
    expect(retry.status).to.equal(RetryStatus.waiting);
    expect(retry.autoPending).to.equal(true);
    expect(retry.remainingMs).to.equal(3000);
    const before = host.updates;
    clock.advance(1000);
    expect(retry.remainingMs).to.equal(2000);
    expect(host.updates).to.be.greaterThan(before);
    clock.advance(1999);
    expect(calls).to.have.length(0);
    // Updated on whole seconds only: the shown "1 s" stays until the end.
    expect(retry.remainingMs).to.equal(1000);
    clock.advance(1);
    expect(calls).to.have.length(1);
    expect(statuses).to.deep.equal([RetryStatus.waiting, RetryStatus.running]);
  });

  it('keeps a countdown the server asked for, but lets a click cut its own backoff short', () => {
    const told = setup({ auto: () => true });
    told.retry.setError(unavailable(READ, { 'retry-after': '5' }));
    told.retry.run();
    expect(told.calls).to.have.length(0);
    expect(told.retry.canSkipWait).to.equal(false);

    const backoff = setup({ auto: () => true });
    backoff.retry.setError(unavailable());
    // random 0.5 of min(30 s, 1 s · 2^0)
    expect(backoff.retry.remainingMs).to.equal(500);
    backoff.retry.run();
    expect(backoff.calls).to.have.length(1);
    expect(backoff.clock.pending).to.equal(0);
  });

  it('shows a Retry-After wait before a retry by hand becomes available', () => {
    const { clock, retry, calls } = setup();
    retry.setError(unavailable(READ, { 'retry-after': '2' }));
    expect(retry.status).to.equal(RetryStatus.waiting);
    expect(retry.autoPending).to.equal(false);
    clock.advance(2000);
    expect(retry.status).to.equal(RetryStatus.idle);
    expect(calls).to.have.length(0);
  });

  it('keeps retrying automatically while the advice stays auto, waiting the backoff between', async () => {
    const { clock, retry, calls } = setup({ auto: () => true });
    retry.setError(unavailable());
    clock.advance(500);
    calls[0].reject({ status: 503 });
    await retry.settled;
    expect(retry.status).to.equal(RetryStatus.waiting);
    expect(retry.remainingMs).to.equal(1000);
    clock.advance(1000);
    expect(calls).to.have.length(2);
  });

  it('carries on when the host is moved (out and back in one task)', async () => {
    const { host, clock, retry, calls } = setup({ auto: () => true });
    retry.setError(unavailable(READ, { 'retry-after': '4' }));
    clock.advance(1000);
    host.disconnect();
    host.connect();
    await Promise.resolve();
    expect(retry.status).to.equal(RetryStatus.waiting);
    expect(retry.remainingMs).to.equal(3000);
    clock.advance(3000);
    expect(calls).to.have.length(1);
    host.disconnect();
    host.connect();
    await Promise.resolve();
    expect(calls[0].signal.aborted).to.equal(false);
  });

  it('keeps the whole wait of an error set in the task that removed the host', async () => {
    // `button.error = e503; button.remove()`: the wait is noted whole, not as an old deadline.
    const { host, clock, retry, calls } = setup({ auto: () => true });
    host.disconnect();
    retry.setError(unavailable(READ, { 'retry-after': '30' }));
    await Promise.resolve();
    host.connect();
    expect(retry.status).to.equal(RetryStatus.waiting);
    expect(retry.remainingMs).to.equal(30_000);
    clock.advance(29_000);
    expect(calls).to.have.length(0);
  });

  it('ends a wait before a retry by hand when the server said, also while disconnected', async () => {
    // A 429 with Retry-After 3 in a tab pane hidden for 4 seconds: shown again, it is ready.
    const { host, clock, retry, calls, statuses } = setup({ auto: () => false });
    retry.setError(normalizeError('', { ...READ, status: 429, headers: { 'retry-after': '3' } }));
    expect(retry.status).to.equal(RetryStatus.waiting);
    host.disconnect();
    await Promise.resolve();
    clock.advance(4000);
    const before = statuses.length;
    host.connect();
    expect(retry.status).to.equal(RetryStatus.idle);
    // Ready at once: no "Try again in 0 seconds" on the way.
    expect(statuses.slice(before)).to.not.include(RetryStatus.waiting);
    expect(calls).to.have.length(0);
    // Back before its end, it counts down only what is left.
    retry.setError(normalizeError('', { ...READ, status: 429, headers: { 'retry-after': '10' } }));
    clock.advance(2000);
    host.disconnect();
    await Promise.resolve();
    clock.advance(5000);
    host.connect();
    expect(retry.status).to.equal(RetryStatus.waiting);
    expect(retry.remainingMs).to.equal(3000);
  });

  it('resumes a countdown stopped by a disconnect when the host comes back', async () => {
    const { host, clock, retry, calls } = setup({ auto: () => true });
    retry.setError(unavailable(READ, { 'retry-after': '4' }));
    clock.advance(1000);
    host.disconnect();
    await Promise.resolve();
    expect(clock.pending).to.equal(0);
    expect(retry.status).to.equal(RetryStatus.idle);
    clock.advance(10_000);
    expect(calls).to.have.length(0);
    host.connect();
    expect(retry.status).to.equal(RetryStatus.waiting);
    expect(retry.remainingMs).to.equal(3000);
    clock.advance(3000);
    expect(calls).to.have.length(1);
  });

  it('asks before repeating a non-idempotent write, once per error', async () => {
    const { retry, calls } = setup();
    retry.setError(unavailable(POST));
    expect(retry.advice?.retry).to.equal('manual');
    retry.run();
    expect(retry.status).to.equal(RetryStatus.confirming);
    expect(calls).to.have.length(0);
    retry.cancel();
    expect(retry.status).to.equal(RetryStatus.idle);
    expect(calls).to.have.length(0);
    retry.run();
    retry.confirm();
    expect(calls).to.have.length(1);
    calls[0].reject(new TypeError('Failed to fetch'));
    await retry.settled;
    expect(retry.status).to.equal(RetryStatus.failed);
    retry.run();
    expect(calls).to.have.length(2);
  });

  it('asks before every attempt when told to', async () => {
    const { retry, calls } = setup({ confirm: () => 'always' });
    retry.setError(unavailable(POST));
    retry.run();
    retry.confirm();
    calls[0].reject(new TypeError('Failed to fetch'));
    await retry.settled;
    retry.run();
    expect(retry.status).to.equal(RetryStatus.confirming);
    expect(calls).to.have.length(1);
  });

  it('never runs a critical write, whatever is clicked or confirmed', () => {
    const { clock, retry, calls, events } = setup({ auto: () => true });
    retry.setError(unavailable({ ...POST, critical: true }));
    expect(retry.status).to.equal(RetryStatus.blocked);
    expect(retry.advice).to.include({ retry: 'never', action: 'reload' });
    retry.run();
    retry.confirm();
    clock.advance(60_000);
    expect(calls).to.have.length(0);
    expect(events).to.have.length(0);
  });

  it('turns into sign-in when a retry meets a 401', async () => {
    const { retry, calls, events } = setup();
    retry.setError(unavailable());
    retry.run();
    calls[0].reject({ status: 401, title: 'Unauthorized' });
    await retry.settled;
    expect(retry.status).to.equal(RetryStatus.blocked);
    expect(retry.advice?.action).to.equal('sign-in');
    const failure = events.find((e) => e.type === 'failure')!.detail;
    expect(failure.error.kind).to.equal('unauthenticated');
    // The new error keeps the operation of the one retried.
    expect(failure.error.operation).to.include({ method: 'GET', endpoint: '/orders/17' });
  });

  it('sends the operator to sign in when the app says the session was already refreshed', () => {
    const { retry } = setup();
    const expired = normalizeError({ status: 401, title: 'Unauthorized' }, READ);
    retry.setError(expired);
    expect(retry.advice).to.include({ retry: 'auto', action: 'refresh-session' });
    expect(retry.status).to.equal(RetryStatus.blocked);
    retry.setError(expired, { refreshed: true });
    expect(retry.advice).to.include({ retry: 'never', action: 'sign-in' });
  });

  it('keeps the operation when the action throws an already normalized error without one', async () => {
    const { retry, calls } = setup();
    retry.setError(unavailable(POST));
    retry.run();
    retry.confirm();
    calls[0].reject(normalizeError({ status: 409 }));
    await retry.settled;
    expect(retry.error?.operation?.method).to.equal('POST');
    expect(retry.advice).to.include({ retry: 'manual', action: 'reload' });
    expect(retry.status).to.equal(RetryStatus.blocked);
  });

  it('is exhausted after the attempts the policy allows, and says so once', async () => {
    const { retry, calls, events } = setup();
    retry.setError(unavailable());
    for (let i = 0; i < 3; i++) {
      retry.run();
      calls[i].reject({ status: 503 });
      await retry.settled;
    }
    expect(retry.status).to.equal(RetryStatus.exhausted);
    retry.run();
    expect(calls).to.have.length(3);
    const exhausted = events.filter((e) => e.type === 'exhausted');
    expect(exhausted).to.have.length(1);
    expect(exhausted[0].detail.attempt).to.equal(3);
    expect(exhausted[0].detail.error.status).to.equal(503);
  });

  it('is exhausted at maxAttempts when that is fewer than the policy allows', async () => {
    const { retry, calls } = setup({ maxAttempts: () => 1 });
    retry.setError(unavailable());
    expect(retry.advice?.attemptsLeft).to.equal(1);
    retry.run();
    calls[0].reject({ status: 503 });
    await retry.settled;
    expect(retry.status).to.equal(RetryStatus.exhausted);
  });

  it('offers nothing when maxAttempts is 0, and nothing for a failure retrying cannot fix', () => {
    const zero = setup({ maxAttempts: () => 0 });
    zero.retry.setError(unavailable());
    expect(zero.retry.status).to.equal(RetryStatus.blocked);
    const refused = setup();
    refused.retry.setError(normalizeError({ status: 403 }, READ));
    expect(refused.retry.status).to.equal(RetryStatus.blocked);
    expect(refused.retry.advice?.action).to.equal('check-access');
    const failedOnServer = setup();
    failedOnServer.retry.setError(
      normalizeError({ eventStatus: 'FAILED' }, { ...READ, status: 402 }),
    );
    expect(failedOnServer.retry.status).to.equal(RetryStatus.blocked);
  });

  it('runs nothing when the start is cancelled', () => {
    const { retry, calls } = setup({ onStart: () => false });
    retry.setError(unavailable());
    retry.run();
    expect(calls).to.have.length(0);
    expect(retry.status).to.equal(RetryStatus.idle);
    expect(retry.attempts).to.equal(0);
  });

  it('treats an action that throws synchronously as a failed attempt', async () => {
    const { retry } = setup({
      action: () => () => {
        throw new TypeError('Failed to fetch');
      },
    });
    retry.setError(unavailable());
    retry.run();
    await retry.settled;
    expect(retry.status).to.equal(RetryStatus.failed);
    expect(retry.error?.kind).to.equal('network');
  });

  it('does nothing without an action or an error, and clears on an undefined error', () => {
    const none = setup({ action: () => undefined });
    none.retry.run();
    none.retry.setError(unavailable());
    none.retry.run();
    expect(none.retry.status).to.equal(RetryStatus.idle);
    none.retry.setError(undefined);
    expect(none.retry.error).to.equal(undefined);
    none.retry.confirm();
    none.retry.cancel();
    none.retry.abort();
    expect(none.retry.status).to.equal(RetryStatus.idle);
  });

  it('stops a countdown on abort and keeps the retry available', () => {
    const { clock, retry, calls } = setup({ auto: () => true });
    retry.setError(unavailable());
    retry.abort();
    expect(retry.status).to.equal(RetryStatus.idle);
    clock.advance(60_000);
    expect(calls).to.have.length(0);
  });

  it('counts down while disconnected from the start only once connected', () => {
    const host = fakeHost();
    const clock = fakeClock();
    const { action, calls } = controlledAction();
    const retry = new RetryController(host, { action: () => action, clock, auto: () => true });
    retry.setError(unavailable(READ, { 'retry-after': '1' }));
    expect(retry.status).to.equal(RetryStatus.waiting);
    clock.advance(5000);
    expect(calls).to.have.length(0);
    host.connect();
    clock.advance(1000);
    expect(calls).to.have.length(1);
  });

  it('uses the real timers by default', async () => {
    const start = systemClock.now();
    await new Promise<void>((resolve) => systemClock.setTimeout(resolve, 5));
    expect(systemClock.now()).to.be.at.least(start);
    let fired = false;
    const id = systemClock.setTimeout(() => (fired = true), 0);
    systemClock.clearTimeout(id);
    await new Promise((r) => setTimeout(r, 10));
    expect(fired).to.equal(false);
  });

  it('counts on a clock that a change of the wall clock does not move', async () => {
    // Set back an hour (NTP, a user), a Date-based countdown would hold a 2-second wait for an hour.
    const realNow = Date.now;
    const start = systemClock.now();
    try {
      Date.now = () => realNow() - 3_600_000;
      await new Promise((r) => setTimeout(r, 5));
      expect(systemClock.now() - start).to.be.within(0, 1000);
    } finally {
      Date.now = realNow;
    }
  });

  it('normalizes a raw error it is given', () => {
    const { retry } = setup();
    retry.setError({ status: 503 });
    const error = retry.error as NormalizedError;
    expect(error.kind).to.equal('unavailable');
  });
});
