import { isObj } from './text.js';
import type { NormalizeInit } from './types.js';

/**
 * A fetch `Response` that failed (`ok` false), or any Response when `thrown`. An attempt like
 * `(signal) => fetch(url, { signal })` resolves on a 503: without this check a retry helper
 * would report that as success. Duck-typed, so core needs no DOM types at runtime; a parsed
 * payload can never pass, since JSON carries no functions.
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

/** What a Response says without its body: status, headers, and its URL as the endpoint. */
export const responseInit = (response: Response): NormalizeInit => ({
  status: response.status,
  headers: response.headers,
  endpoint: response.url || undefined,
});
