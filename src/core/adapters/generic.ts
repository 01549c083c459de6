import { first, own, text, toStatus } from '../text.js';
import { fieldOf } from './fields.js';
import { saysNotPublic } from './public.js';
import type { Adapter } from './types.js';

/** `'30s'`, `'1.5s'` (protobuf Duration JSON) or `{seconds, nanos}` → milliseconds. */
export function duration(v: unknown): number | undefined {
  const s = /^(\d+(?:\.\d+)?)s$/.exec(v as string)?.[1];
  const ms = s ? +s * 1e3 : +(own(v, 'seconds') ?? NaN) * 1e3 + +(own(v, 'nanos') ?? 0) / 1e6;
  return ms >= 0 ? Math.round(ms) : undefined;
}

/**
 * A code is a token of word characters and dashes that is not an HTTP status (`'400'` is a
 * status, `'Not Found'` a reason phrase), or a URI whose last segment is one (only that segment
 * counts; `about:blank` says nothing). Anything else (`'PRIVATE:host=10.1.2.3'`, a host name,
 * an IP address) is a message, not a code: a code reaches the ticket even when the message may
 * not.
 */
const asCode = (v: unknown) => {
  const c = toStatus(v) ? undefined : text(v);
  return c && /^(?:[\w-]+|\S*[/#][\w.-]+)$/.test(c) ? c.split(/[/#]/).pop() : undefined;
};

/**
 * The flat fields, first key that holds one wins. Flat formats differ mostly in names, so they
 * are data here rather than one function each:
 * - Ormuco `{code, title, message, key, public, error_id}` (`key` is the code, `code` the status)
 * - Fluent events `{eventId, entityId, eventStatus, errorMessage}` and `{message, status}`
 * - OAuth `{error, error_description}`
 * - RFC 9457 problem details `{type, title, status, detail}` (the `type` URI's last segment is a code)
 * - Google's inner `{code, status, message}`, Stripe's `{type, code, param, message}`, Spring's
 *   `{status, error, message}`, ASP.NET's `traceId`.
 *
 * `public: false` is always honoured; `public: true` only in Ormuco's envelope (an own boolean
 * beside a `key`), the one format that defines it.
 */
export const generic: Adapter = (b) => {
  const message = first(b, 'message detail error_description errorMessage description msg');
  const field = message && fieldOf(b);
  const raw = own(b, 'public');
  const pub = saysNotPublic(b) ? false : raw;
  const ormuco = typeof pub == 'boolean' && own(b, 'key') !== undefined;
  return {
    status: first(b, 'status statusCode code', toStatus),
    code: first(b, 'key eventStatus code error status type', asCode),
    title: first(b, 'title'),
    message,
    errorId: first(
      b,
      'error_id eventId errorId requestId request_id traceId trace_id correlationId correlation_id',
    ),
    entityId: first(b, 'entityId'),
    public: ormuco || pub === false ? (pub as boolean) : undefined,
    fieldErrors: field ? [{ field, message }] : undefined,
    vendor: ormuco ? 'ormuco' : own(b, 'eventStatus') ? 'fluent' : undefined,
  };
};
