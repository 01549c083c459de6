import { isObj, list, own, text } from '../text.js';
import { fieldList } from './fields.js';
import { duration, generic } from './generic.js';
import { merge } from './merge.js';
import type { Adapter, CodeTable, Draft } from './types.js';

/**
 * Google / gRPC canonical statuses. `UNAUTHENTICATED`, `NOT_FOUND` and `UNAVAILABLE` name their
 * kind. `FAILED_PRECONDITION` and `ABORTED` mean the resource moved on: reload it (`conflict`).
 */
export const GOOGLE_CODES: CodeTable = {
  validation: 'invalid_argument out_of_range',
  forbidden: 'permission_denied',
  conflict: 'already_exists aborted failed_precondition',
  rate_limited: 'resource_exhausted',
  timeout: 'deadline_exceeded',
  server: 'internal data_loss',
  unsupported: 'unimplemented',
  aborted: 'cancelled',
};

/**
 * A nested `{error: {...}}`: Google `{code, status, message, details[]}` with ErrorInfo (reason
 * → code), RetryInfo (retryDelay → retryAfterMs), RequestInfo and BadRequest field violations;
 * also Azure/OData `{code, message, target, details}` and Stripe `{type, code, param, message}`.
 */
export const nestedError: Adapter = (b) => {
  const e = own(b, 'error');
  if (!isObj(e) || list(e)) return undefined;
  const d: Draft = {};
  const details = list(own(e, 'details'))?.slice(0, 20) ?? [];
  for (const x of details) {
    const type = text(own(x, '@type')) ?? '';
    if (/ErrorInfo$/.test(type)) d.code = text(own(x, 'reason'));
    if (/RetryInfo$/.test(type)) d.retryAfterMs = duration(own(x, 'retryDelay'));
    if (/RequestInfo$/.test(type)) d.errorId = text(own(x, 'requestId'));
    if (/BadRequest$/.test(type)) d.fieldErrors = fieldList(own(x, 'fieldViolations'));
  }
  d.fieldErrors ??= fieldList(details);
  return merge(d, generic(e));
};
