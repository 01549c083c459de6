import { own } from './text.js';
import type { ErrorKind, NormalizedError, OperationInfo, RetryAction, RetryMode } from './types.js';

/**
 * How a failed request may be repeated. Decided by the operation, never by the error: a write
 * that failed with a timeout may still have reached the server.
 */
export const REQUEST_CLASSES = ['read', 'idempotent-write', 'write', 'critical-write'] as const;
export type RequestClass = (typeof REQUEST_CLASSES)[number];

/** One cell of the policy: "<retry mode> <action>", spelled so the table reads like the docs. */
export type PolicyCell = `${RetryMode} ${RetryAction}`;
export type PolicyRow = readonly [
  read: PolicyCell,
  idempotentWrite: PolicyCell,
  write: PolicyCell,
  criticalWrite: PolicyCell,
];

/**
 * The retry policy (OmniValVMS, Omnium, Omilia, Ormuco), one row per kind, one column per
 * request class. docs/retry-policy.md shows this table and a test keeps the two in step.
 * Critical (P0) writes are never replayed, whatever the failure: the operator reloads the
 * resource, reads its history and decides.
 */
// prettier-ignore
export const POLICY_TABLE: Readonly<Record<ErrorKind, PolicyRow>> = {
  //                  read                      idempotent write          write                     critical write
  network:           ['auto retry',             'auto retry',             'manual retry',           'never reload'],
  timeout:           ['auto retry',             'auto retry',             'manual retry',           'never reload'],
  rate_limited:      ['auto retry',             'auto retry',             'manual retry',           'never reload'],
  unavailable:       ['auto retry',             'auto retry',             'manual retry',           'never reload'],
  server:            ['auto retry',             'auto retry',             'manual retry',           'never reload'],
  unauthenticated:   ['auto refresh-session',   'manual refresh-session', 'manual refresh-session', 'never reload'],
  validation:        ['never fix-input',        'never fix-input',        'never fix-input',        'never fix-input'],
  payload_too_large: ['never fix-input',        'never fix-input',        'never fix-input',        'never fix-input'],
  forbidden:         ['never check-access',     'never check-access',     'never check-access',     'never check-access'],
  not_found:         ['never verify-reference', 'never verify-reference', 'never verify-reference', 'never verify-reference'],
  conflict:          ['manual reload',          'manual reload',          'manual reload',          'never reload'],
  request_failed:    ['never contact-support',  'never contact-support',  'never contact-support',  'never contact-support'],
  aborted:           ['manual retry',           'manual retry',           'manual retry',           'never reload'],
  unsupported:       ['never contact-support',  'never contact-support',  'never contact-support',  'never contact-support'],
  unknown:           ['manual retry',           'manual retry',           'manual retry',           'never reload'],
};

/**
 * Vendor codes that override the kind for every request class: the operator can fix a declined
 * card (Ormuco sends `credit_card_check` as a 403), and a missing token (Ormuco 499) or refused
 * credentials (OAuth `invalid_grant`, Fluent's "Bad credentials" from /oauth/token) need a
 * sign-in: there is no session to refresh.
 */
export const CODE_POLICY: Readonly<Record<string, PolicyCell>> = {
  token_required: 'never sign-in',
  invalid_grant: 'never sign-in',
  credit_card_check: 'never fix-input',
  card_declined: 'never fix-input',
  expired_card: 'never fix-input',
  incorrect_cvc: 'never fix-input',
  incorrect_number: 'never fix-input',
  insufficient_funds: 'never fix-input',
};

/**
 * The least wait before an automatic retry, by vendor code, when the server sends no
 * Retry-After: Omnium refills its token bucket every 10 seconds, so a retry sooner than that
 * meets the same empty bucket. Jitter is added on top, so clients that failed together still
 * come back apart.
 */
export const CODE_WAIT_MS: Readonly<Record<string, number>> = {
  token_bucket_exhausted: 10_000,
};

/**
 * The code whose policy applies: Ormuco's 499 is a missing token whatever its body holds, so it
 * counts as `token_required`. Also what the operator's message is looked up by, when the error
 * carries no code of its own.
 */
export const policyCode = (error: Pick<NormalizedError, 'status' | 'code'>): string | undefined =>
  error.status == 499 ? 'token_required' : error.code;

/**
 * A vendor code's own advice (CODE_POLICY), if it has one. Read through own(): codes come from
 * server data, and "constructor" must find nothing.
 */
export const codePolicy = (error: Pick<NormalizedError, 'status' | 'code'>) =>
  own(CODE_POLICY, policyCode(error)!) as PolicyCell | undefined;

/** The methods that only read: `critical` (a P0 write) cannot make them writes. */
export const READ_METHOD = /^(GET|HEAD|OPTIONS)$/i;

/**
 * Without an operation, or with a method the kit cannot vouch for, the request counts as a
 * non-idempotent write: replaying it unasked could do the work twice. A read flagged critical
 * is still a read: its words already said "try again", and a reload button alone contradicted them.
 */
export function requestClass(operation?: OperationInfo): RequestClass {
  return operation?.critical && !READ_METHOD.test(operation.method ?? '')
    ? 'critical-write'
    : !operation?.idempotent
      ? 'write'
      : /^(GET|HEAD|OPTIONS)?$/i.test(operation.method ?? '')
        ? 'read'
        : 'idempotent-write';
}

/** A warning on a response that succeeded (Fluent's `…W` with a 2xx): it went through. */
export const passedWithWarning = (e: Partial<NormalizedError>): boolean =>
  e.severity == 'warning' && (e.status ?? 0) >= 200 && e.status! < 300;
