/**
 * The public data contract of faultline (SPEC.md). Everything the elements render is derived
 * from these shapes; nothing here touches the DOM.
 */

/** Every kind an error can be normalized to, as data so dev-mode checks can validate input. */
export const ERROR_KINDS = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'rate_limited',
  'request_failed',
  'timeout',
  'unavailable',
  'server',
  'network',
  'aborted',
  'unsupported',
  'unknown',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export const ERROR_ORIGINS = ['client', 'server', 'third_party', 'network'] as const;
export type ErrorOrigin = (typeof ERROR_ORIGINS)[number];

export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface FieldError {
  field?: string;
  message: string;
  code?: string;
}

export interface OperationInfo {
  method?: string;
  endpoint?: string;
  name?: string;
  idempotent: boolean;
  critical: boolean;
}

export interface NormalizedError {
  kind: ErrorKind;
  status?: number;
  /** The vendor's machine code: 'C0001E', 'credit_card_check', 'invalid_grant'. */
  code?: string;
  origin: ErrorOrigin;
  severity: Severity;
  /** The vendor's title. */
  title?: string;
  /** The vendor's message, kept for developers; shown only when `public`. */
  message?: string;
  /** May `title`/`message` be shown to the operator? */
  public: boolean;
  /** error_id, eventId, request/correlation id (body or headers). */
  errorId?: string;
  /** The entity the failure is about, when the payload names it (Fluent events' `entityId`). */
  entityId?: string;
  fieldErrors: FieldError[];
  /** Retry-After (seconds or HTTP-date), RetryInfo. */
  retryAfterMs?: number;
  operation?: OperationInfo;
  /** ISO 8601 with offset. */
  occurredAt: string;
  vendor?: string;
}

/** Response headers in any of the shapes apps hold them: a `Headers`, a plain object or pairs. */
export type HeadersLike = Headers | Record<string, string> | [string, string][];

/** @deprecated The same type under its first name: use `HeadersLike`. */
export type HeadersInit_ = HeadersLike;

export interface NormalizeInit {
  status?: number;
  headers?: HeadersLike;
  method?: string;
  endpoint?: string;
  operation?: string;
  /** Overrides the method's default (e.g. POST with an Idempotency-Key). */
  idempotent?: boolean;
  /**
   * A P0 write: activation, assignment, QC, payment, agency submission. Ignored for a read
   * (GET, HEAD, OPTIONS), which is retried as a read.
   */
  critical?: boolean;
  vendor?: string;
  now?: Date;
}

/** What the app knows; every field optional. */
export interface SupportContext {
  clientId?: string;
  tenant?: string;
  environment?: string;
  user?: string;
  /** IANA name; defaults to the browser's. */
  timeZone?: string;
  /** { orderId: '17', lineId: 0, … } */
  ids?: Record<string, string | number>;
  retries?: number;
  history?: string;
  description?: string;
  steps?: string;
}

export const RETRY_MODES = ['auto', 'manual', 'never'] as const;
export type RetryMode = (typeof RETRY_MODES)[number];

export const RETRY_ACTIONS = [
  'retry',
  'refresh-session',
  'sign-in',
  'fix-input',
  'reload',
  'check-access',
  'verify-reference',
  'contact-support',
  'none',
] as const;
export type RetryAction = (typeof RETRY_ACTIONS)[number];

export interface RetryAdvice {
  /** auto: the kit may retry unasked; manual: only on the operator's click. */
  retry: RetryMode;
  action: RetryAction;
  /** Wait this long before the next attempt. */
  delayMs?: number;
  attemptsLeft: number;
}

/** Where the operator can reach support (the provider's `contact`). */
export interface SupportContact {
  email?: string;
  url?: string;
  phone?: string;
  /** A human name for the desk, e.g. "Omnium support". */
  name?: string;
}
