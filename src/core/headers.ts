import { usable } from './adapters/shapes.js';
import type { Draft } from './adapters/types.js';
import { isObj, list, text } from './text.js';

/** Reads one header, case-insensitively; never throws. */
export type HeaderGet = (name: string) => string | undefined;

/** A getter over `Headers`, a record or `[name, value]` tuples. */
export const headerGetter =
  (h: unknown): HeaderGet =>
  (name) => {
    try {
      if (typeof (h as Headers)?.get == 'function') return text((h as Headers).get(name));
      if (isObj(h))
        for (const [k, v] of (list(h) ?? Object.entries(h)) as [unknown, unknown][])
          if (String(k).toLowerCase() == name) return text(v);
    } catch {
      // a record whose getter throws, a malformed tuple: no header
    }
    return undefined;
  };

/**
 * What headers say about a failure: `Retry-After` (seconds, or an HTTP-date relative to the
 * response's own `Date`, else to `now`: a client clock that runs fast must not read the wait as
 * over),
 * a request/correlation id (most specific first; the trace-id of a `traceparent`), and a Bearer
 * challenge `WWW-Authenticate: Bearer error="invalid_token", error_description="…"`.
 */
export function fromHeaders(get: HeaderGet, now: Date): Draft {
  const retry = get('retry-after') ?? '';
  // Seconds are digits only ('1.5' is not a delay, and Date.parse would read it as 2001); a date
  // names its month and a four-digit year ('May 5' would also read as 2001: retry now).
  const ms = /^\d+$/.test(retry)
    ? +retry * 1e3
    : /[a-z]/i.test(retry) && /\d{4}/.test(retry)
      ? Date.parse(retry) - (Date.parse(get('date')!) || +now)
      : NaN;
  // The first id shaped as one: a W3C traceparent gives its trace id.
  const errorId =
    'x-request-id x-correlation-id request-id x-amzn-requestid x-amz-request-id x-b3-traceid traceparent cf-ray'
      .split(' ')
      .map((name) => {
        const v = get(name);
        return /^[\da-f]{2}-([\da-f]{32})-/i.exec(v!)?.[1] ?? v;
      })
      .find((v) => usable('errorId', v));
  const auth = get('www-authenticate');
  return {
    retryAfterMs: ms >= 0 ? ms : ms < 0 ? 0 : undefined,
    errorId,
    code: /\berror="?([\w.-]+)/.exec(auth!)?.[1],
    message: text(/\berror_description="([^"]*)"/.exec(auth!)?.[1]),
  };
}
