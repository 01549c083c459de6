import { normalizeError } from './normalize.js';
import { isObj, strip } from './text.js';
import type { NormalizeInit, NormalizedError } from './types.js';

/**
 * Normalizes a failed `Response`: reads the body once as text (a body that cannot be read — used,
 * aborted, a broken stream — still normalizes from status and headers) and passes status,
 * headers and the response URL as the endpoint. `init` overrides what the response says, but
 * not with undefined.
 */
export async function fromResponse(
  response: Response,
  init: NormalizeInit = {},
): Promise<NormalizedError> {
  let body = '';
  let meta: NormalizeInit = {};
  try {
    meta = {
      status: response.status,
      headers: response.headers,
      endpoint: response.url || undefined,
    };
    body = await response.text();
  } catch {
    // unreadable body: status and headers are enough
  }
  return normalizeError(body, { ...meta, ...strip({ ...init }) });
}

/**
 * A fetch `Response` that failed (`ok` false), or any Response when `thrown`. An attempt like
 * `(signal) => fetch(url, { signal })` resolves on a 503: without this check a retry helper
 * would report that as success. Duck-typed, so core needs no DOM types at runtime.
 */
export function failedResponse(value: unknown, thrown?: boolean): value is Response {
  const r = value as Response;
  return (
    isObj(r) &&
    typeof r.status == 'number' &&
    typeof r.text == 'function' &&
    (thrown || r.ok === false)
  );
}

/**
 * A failed attempt as a NormalizedError: a Response is read (status, headers, body), anything
 * else goes through `normalize`. What retry() and the retry button both do with a failure.
 */
export async function readFailure(
  failure: unknown,
  init: NormalizeInit,
  normalize: (input: unknown, init: NormalizeInit) => NormalizedError = normalizeError,
): Promise<NormalizedError> {
  return failedResponse(failure, true) ? fromResponse(failure, init) : normalize(failure, init);
}
