import { first, isObj, list, own } from '../text.js';
import { fieldList } from './fields.js';
import { duration, generic } from './generic.js';
import { draft, merge } from './merge.js';
import type { Adapter } from './types.js';

/**
 * A nested `{error: {...}}`: Google `{code, status, message, details[]}` with ErrorInfo (reason
 * → code), RetryInfo (retryDelay → retryAfterMs), RequestInfo and BadRequest field violations;
 * also Azure/OData `{code, message, target, details}` and Stripe `{type, code, param, message}`.
 */
export const nestedError: Adapter = (b) => {
  const e = own(b, 'error');
  if (!isObj(e) || list(e)) return undefined;
  const d = draft();
  const details = list(own(e, 'details'))?.slice(0, 20) ?? [];
  for (const x of details) {
    const type = /(ErrorInfo|RetryInfo|RequestInfo|BadRequest)$/.exec(first(x, '@type')!)?.[1];
    if (type == 'ErrorInfo') d.code = first(x, 'reason');
    if (type == 'RetryInfo') d.retryAfterMs = duration(own(x, 'retryDelay'));
    if (type == 'RequestInfo') d.errorId = first(x, 'requestId');
    if (type == 'BadRequest') d.fieldErrors = fieldList(own(x, 'fieldViolations'));
  }
  d.fieldErrors ??= fieldList(details);
  return merge(d, generic(e));
};
