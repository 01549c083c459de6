/**
 * One realistic failure per ErrorKind, as an app receives it, with the raw text apps show for it
 * today. Shared by the banner stories, the bad → better page and the playground presets, so every
 * page shows the same example for the same kind.
 */
import { ERROR_KINDS, normalizeError } from '../src/index.js';
import type { ErrorKind, NormalizeInit, NormalizedError } from '../src/index.js';

export interface KindExample {
  /** The body (parsed or raw) or the thrown error. */
  input: unknown;
  init: NormalizeInit;
  /** What an app typically shows today: the status line or the exception text. */
  bad: string;
}

/** Network and abort failures are created lazily: some engines stamp a stack on construction. */
export const KIND_EXAMPLES: Readonly<Record<ErrorKind, KindExample>> = {
  validation: {
    input: { message: 'quantity: must be greater than or equal to 1' },
    init: { status: 400, method: 'POST', endpoint: '/api/orders' },
    bad: '400 Bad Request',
  },
  unauthenticated: {
    input: '',
    init: { status: 401, method: 'GET', endpoint: '/api/orders/17' },
    bad: '401 Unauthorized',
  },
  forbidden: {
    input: '',
    init: { status: 403, method: 'GET', endpoint: '/api/vendors/9' },
    bad: '403 Forbidden',
  },
  not_found: {
    input: '',
    init: { status: 404, method: 'GET', endpoint: '/api/orders/999' },
    bad: '404 Not Found',
  },
  conflict: {
    input: '',
    init: { status: 409, method: 'GET', endpoint: '/api/orders/17' },
    bad: '409 Conflict',
  },
  payload_too_large: {
    input: '',
    init: { status: 413, method: 'GET', endpoint: '/api/documents' },
    bad: '413 Payload Too Large',
  },
  rate_limited: {
    input: '',
    init: { status: 429, method: 'GET', endpoint: '/api/orders' },
    bad: '429 Too Many Requests',
  },
  request_failed: {
    input: '',
    init: { status: 402, method: 'GET', endpoint: '/api/payments/41' },
    bad: '402 Request Failed',
  },
  timeout: {
    input: '',
    init: { status: 504, method: 'GET', endpoint: '/api/orders' },
    bad: '504 Gateway Time-out',
  },
  unavailable: {
    input: '',
    init: { status: 503, method: 'GET', endpoint: '/api/orders' },
    bad: '503 Service Unavailable',
  },
  server: {
    input: '',
    init: { status: 500, method: 'GET', endpoint: '/api/orders' },
    bad: '500 Internal Server Error',
  },
  network: {
    input: new TypeError('Failed to fetch'),
    init: { method: 'GET', endpoint: '/api/orders' },
    bad: 'TypeError: Failed to fetch',
  },
  aborted: {
    input: new DOMException('The user aborted a request.', 'AbortError'),
    init: { method: 'GET', endpoint: '/api/orders' },
    bad: 'AbortError: The user aborted a request.',
  },
  unsupported: {
    input: '',
    init: { status: 405, method: 'GET', endpoint: '/api/orders/17' },
    bad: '405 Method Not Allowed',
  },
  unknown: { input: new Error('Error occurred'), init: {}, bad: 'Error occurred' },
};

export { ERROR_KINDS };

/** The example for `kind`, normalized, with the request's method overridden when given. */
export function exampleError(kind: ErrorKind, init: NormalizeInit = {}): NormalizedError {
  const example = KIND_EXAMPLES[kind] ?? KIND_EXAMPLES.unknown;
  return normalizeError(example.input, { ...example.init, ...init });
}

/** Human label of a kind for controls and headings: `not_found` → "Not found". */
export const kindLabel = (kind: string): string =>
  (kind.charAt(0).toUpperCase() + kind.slice(1)).replace(/_/g, ' ');

/** An id unique in the page, so two renders of a story (docs pages do that) never share ids. */
let counter = 0;
export const uid = (prefix: string): string => `${prefix}-${++counter}`;

/** Keeps a promise pending until `signal` aborts: an attempt that is "still running". */
export const runForever = (signal: AbortSignal): Promise<never> =>
  new Promise((_, reject) =>
    signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
  );

/**
 * Settles after `ms` with what `outcome` returns (or throws); rejects at once when `signal`
 * aborts, as a real request would.
 */
const settleAfter = <T>(ms: number, signal: AbortSignal, outcome: () => T): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        resolve(outcome());
      } catch (failure) {
        reject(failure);
      }
    }, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** Resolves after `ms`, or rejects when `signal` aborts: a retry that works. */
export const succeedAfter =
  (ms: number) =>
  (signal: AbortSignal): Promise<string> =>
    settleAfter(ms, signal, () => 'ok');

/** Rejects after `ms` with `failure` (a 503 by default): a retry that fails again. */
export const failAfter =
  (ms: number, failure: unknown = { status: 503 }) =>
  (signal: AbortSignal): Promise<never> =>
    settleAfter(ms, signal, () => {
      throw failure;
    });

/** Demo support context of the stories: what an app typically knows about the operator. */
export const DEMO_CONTEXT = {
  clientId: 'acme-logistics',
  environment: 'production',
  user: 'kari.nordmann@acme.example',
  timeZone: 'Europe/Oslo',
  ids: { orderId: '17' },
} as const;

/** Demo support desk. */
export const DEMO_CONTACT = {
  name: 'Acme support',
  email: 'support@acme.example',
  url: 'https://support.acme.example/new',
  phone: '+47 22 00 00 00',
} as const;
