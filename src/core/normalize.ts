import { ADAPTERS } from './adapters/index.js';
import { thrown } from './adapters/browser.js';
import { CATCH_ALL_CODES, MESSAGE_CODES } from './adapters/codes.js';
import { showable } from './adapters/fields.js';
import { isHtml, markup } from './adapters/markup.js';
import { draft, merge } from './adapters/merge.js';
import type { Draft } from './adapters/types.js';
import { codeKind, statusKind } from './code-kinds.js';
import { fromHeaders, headerGetter } from './headers.js';
import { READ_METHOD } from './policy-table.js';
import { failedResponse, responseInit } from './response.js';
import { isObj, list, own, strip, text, toStatus } from './text.js';
import type { NormalizeInit, NormalizedError } from './types.js';

/**
 * Stack traces are never shown, whatever the payload says: JavaScript frames (named, anonymous,
 * `[as …]`, file URLs, Windows paths), Java, Python, .NET, Ruby, PHP and Go. Messages are at most
 * 500 characters (text.ts), so the backtracking stays small.
 */
const STACK =
  /\bat (?:(?:new |async )?\S+ (?:\[as \S+\] )?\()?(?:(?:(?:file|webpack(?:-internal)?):\/\/\/?|[A-Za-z]:\\|\/)[^\s()]*|[^\s:()]*\.[cm]?[jt]sx?):\d+:\d+|\bat (?:new |async )?\S+ (?:\[as \S+\] )?\(\S+:\d+|\.java:\d+\)|Traceback \(most|\bFile "[^"]+", line \d+, in |\) in \S+:line \d+|\.rb:\d+:in [`'‘]|\.php(?:\(\d+\)| on line \d+)|\bgoroutine \d+ \[/;

/**
 * Marks the errors this function produced. Only they are returned as is: a server payload shaped
 * like a normalized error (`{kind, public: true, …}`) is just another payload. A symbol rather
 * than a WeakSet: a framework's reactive Proxy of an error (Vue's `reactive()`, MobX, Immer)
 * forwards the read and is still recognised, so a P0 write does not lose its operation on the
 * way to an element. JSON cannot carry a symbol, and a non-enumerable one is left out of
 * spreads, clones and serialized errors, so a copy is re-read like any payload.
 */
const PRODUCED = Symbol('faultline.normalized');

/**
 * Turns any failure into a `NormalizedError`: a parsed body, a raw body string (JSON, HTML, XML,
 * text), an `Error`/`DOMException`, a fetch `Response` (status and headers only: its body is read
 * by `fromResponse`), or a normalized error (returned as is). Never throws.
 */
export function normalizeError(input: unknown, init: NormalizeInit = {}): NormalizedError {
  try {
    if ((input as Record<symbol, unknown> | null)?.[PRODUCED]) return input as NormalizedError;
    // A fetch Response handed over as is: its status, headers and URL are enough to advise on.
    // Its body needs `await fromResponse(response)`, which can read it.
    if (failedResponse(input, true))
      return normalizeError(
        // Response.error() is a service worker's "the network failed": what fetch would reject.
        input.type == 'error' ? new TypeError('Failed to fetch') : '',
        { ...responseInit(input), ...strip({ ...init }) },
      );
    // A copy of a normalized error (a spread, structuredClone) lost its mark and is re-read, but
    // a critical write stays one: honouring that can only make the advice stricter.
    const critical = own(own(input, 'operation'), 'critical') === true && init.critical == null;
    return finish(...read(input, init), critical ? { ...init, critical } : init);
  } catch {
    // A Proxy or getter that throws somewhere unforeseen: what the init alone says, then nothing.
    try {
      return finish(draft(), false, init);
    } catch {
      return finish(draft(), false, {});
    }
  }
}

/** Runs the adapters over the input; the flag tells whether the body was structured data. */
function read(input: unknown, init: NormalizeInit): [Draft, boolean] {
  const get = headerGetter(init.headers);
  const d = draft();
  let json = false;
  if (input instanceof Error) merge(d, thrown(input));
  else {
    let body = input;
    if (typeof input == 'string') {
      body = undefined;
      // A byte-order mark (a body read from a file or an old server) is not part of the JSON.
      const raw = input.replace(/^\uFEFF/, '');
      const head = raw.slice(0, 1024).trimStart();
      const type = get('content-type') ?? '';
      // Bodies above 1 MB are not parsed as JSON: no real error body is that large.
      if (/^[[{]/.test(head) && raw.length <= 1 << 20) {
        try {
          body = JSON.parse(raw);
        } catch {
          // not JSON after all: kept below as text
        }
      }
      const html = /html/.test(type) || isHtml(head);
      if (body === undefined)
        merge(
          d,
          head[0] == '<' || html || /xml/.test(type) ? markup(raw, html) : { message: text(raw) },
        );
    }
    if ((json = isObj(body))) {
      const b = list(body) ? { errors: body } : body;
      for (const adapter of ADAPTERS) merge(d, adapter(b));
    }
  }
  const s = statusOf(d, init) ?? 0;
  const limitsAllowed = s == 429 || s < 400 || s > 499;
  for (const [re, code, limit] of MESSAGE_CODES)
    if (
      (limitsAllowed || !limit) &&
      re.test(d.message!) &&
      (!d.code || CATCH_ALL_CODES.has(d.code))
    )
      d.code = code;
  return [merge(d, fromHeaders(get, validNow(init))), json];
}

/** GraphQL answers 200 and puts the failure's status in the body: below 400, the body's wins. */
function statusOf(d: Draft, init: NormalizeInit): number | undefined {
  const given = toStatus(init.status);
  return given! >= 400 ? given : (d.status ?? given);
}

const validNow = (init: NormalizeInit) =>
  init.now instanceof Date && !isNaN(+init.now) ? init.now : new Date();

function finish(d: Draft, json: boolean, init: NormalizeInit): NormalizedError {
  const { method, endpoint, operation, idempotent, critical } = init;
  const status = statusOf(d, init);
  const s = status ?? 0;
  const kind =
    d.kind ?? codeKind(d.code) ?? statusKind(status) ?? (d.fieldErrors ? 'validation' : 'unknown');
  const origin =
    d.origin ??
    (s >= 500 || kind == 'server' || kind == 'unavailable'
      ? 'server'
      : !s && (kind == 'network' || kind == 'timeout')
        ? 'network'
        : 'client');
  // When the payload does not say: messages of 4xx (and 200 GraphQL) JSON bodies that a client
  // can act on are public; 5xx, HTML/XML/text and thrown errors are not, nor a body whose status
  // is not known (a 500's body handed over without it must not pass for a 4xx's).
  const pub =
    (d.public ?? (json && origin == 'client' && kind != 'unknown' && s > 0 && s < 500)) &&
    !STACK.test(`${d.title} ${d.message}`);
  const verb = text(method)?.toUpperCase();
  // The draft's fields pass through as they are: merge took codes and ids only when shaped as
  // such (see shapes.ts).
  const error = strip<NormalizedError>({
    ...d,
    kind,
    status,
    origin,
    severity: d.severity ?? 'error',
    // Within setTimeout's range (24.8 days): a longer wait would fire at once.
    retryAfterMs: d.retryAfterMs === undefined ? undefined : Math.min(d.retryAfterMs, 2 ** 31 - 1),
    public: pub,
    // Field messages are server text too: shown only when the payload may be shown.
    // An entry that said it is not public only told the kind (validation).
    fieldErrors:
      pub && d.fieldErrors ? d.fieldErrors.filter(showable).map((f) => strip({ ...f })) : [],
    operation:
      verb || endpoint || operation || idempotent != null || critical != null
        ? strip({
            method: verb,
            endpoint: text(endpoint),
            name: text(operation),
            // Without a say-so, the methods HTTP defines as idempotent.
            idempotent:
              typeof idempotent == 'boolean'
                ? idempotent
                : /^(GET|HEAD|OPTIONS|PUT|DELETE)$/.test(verb!),
            // A P0 *write*: a load flagged critical is a read, retried as one, and every element
            // (words, buttons, confirmation, ticket) then agrees on it.
            critical: critical === true && !READ_METHOD.test(verb ?? ''),
          })
        : undefined,
    occurredAt: validNow(init).toISOString(),
    vendor: text(init.vendor) ?? d.vendor,
  });
  Object.defineProperty(error, PRODUCED, { value: true });
  return error;
}
