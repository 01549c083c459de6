import { normalizeError } from './normalize.js';
import { failedResponse, responseInit } from './response.js';
import { strip } from './text.js';
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
  // A body already read (a string, parsed JSON) is what normalizeError takes.
  if (typeof (response as Partial<Response> | null)?.text != 'function')
    return normalizeError(response, init);
  let body = '';
  let meta: NormalizeInit = {};
  try {
    meta = responseInit(response);
    body = await response.text();
  } catch {
    // unreadable body: status and headers are enough
  }
  return normalizeError(body, { ...meta, ...strip({ ...init }) });
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
