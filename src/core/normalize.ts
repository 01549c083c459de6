import { ADAPTERS } from './adapters/index.js';
import { thrown } from './adapters/browser.js';
import { isHtml, markup } from './adapters/markup.js';
import { merge } from './adapters/merge.js';
import { MESSAGE_CODES } from './adapters/omilia.js';
import type { Draft } from './adapters/types.js';
import { codeKind, statusKind } from './code-kinds.js';
import { fromHeaders, headerGetter } from './headers.js';

import { isObj, list, text, toStatus } from './text.js';
import type { NormalizeInit, NormalizedError, OperationInfo } from './types.js';

/** Bodies above this are not parsed as JSON: no real error body is that large. */
const MAX_JSON = 1 << 20;

/** Stack traces (JavaScript, Java, Python) are never shown, whatever the payload says. */
const STACK = /\bat \S+ \(\S+:\d+|\.java:\d+\)|Traceback \(most/;

/**
 * The errors this function produced. Only they are returned as is: a server payload shaped like
 * a normalized error (`{kind, public: true, …}`) is just another payload.
 */
const produced = new WeakSet<object>();

/**
 * Turns any failure into a `NormalizedError`: a parsed body, a raw body string (JSON, HTML, XML,
 * text), an `Error`/`DOMException`, or a normalized error (returned as is). Never throws.
 */
export function normalizeError(input: unknown, init: NormalizeInit = {}): NormalizedError {
  try {
    if (isObj(input) && produced.has(input)) return input as unknown as NormalizedError;
    const [draft, json] = read(input, init);
    return finish(draft, json, init);
  } catch {
    // A Proxy or getter that throws somewhere unforeseen: what the init alone says, then nothing.
    try {
      return finish({}, false, init);
    } catch {
      return finish({}, false, {});
    }
  }
}

/** Runs the adapters over the input; `json` tells whether the body was structured data. */
function read(input: unknown, init: NormalizeInit): [Draft, boolean] {
  const get = headerGetter(init.headers);
  const d: Draft = {};
  let body = input;
  if (input instanceof Error) merge(d, thrown(input));
  else if (typeof input == 'string') {
    body = undefined;
    const head = input.slice(0, 1024).trimStart();
    const type = get('content-type') ?? '';
    if (/^[[{]/.test(head) && input.length <= MAX_JSON) {
      try {
        body = JSON.parse(input);
      } catch {
        // not JSON after all: kept below as text
      }
    }
    if (body === undefined)
      merge(
        d,
        head[0] == '<' || /html|xml/.test(type) || isHtml(head)
          ? markup(input, /html/.test(type) || isHtml(head))
          : { message: text(input) },
      );
  }
  const json = isObj(body) && !(input instanceof Error);
  if (json) {
    const b = list(body) ? { errors: body } : (body as Record<string, unknown>);
    for (const adapter of ADAPTERS) merge(d, adapter(b));
  }
  if (!d.code && d.message) d.code = MESSAGE_CODES.find(([re]) => re.test(d.message!))?.[1];
  return [merge(d, fromHeaders(get, validNow(init))), json];
}

const validNow = (init: NormalizeInit) =>
  init.now instanceof Date && !isNaN(+init.now) ? init.now : new Date();

const IDEMPOTENT = /^(GET|HEAD|OPTIONS|PUT|DELETE)$/;

function operationOf(init: NormalizeInit): OperationInfo | undefined {
  const method = text(init.method)?.toUpperCase();
  const { endpoint, operation, idempotent, critical } = init;
  if (!method && !endpoint && !operation && idempotent == null && critical == null)
    return undefined;
  return strip({
    method,
    endpoint: text(endpoint),
    name: text(operation),
    idempotent: typeof idempotent == 'boolean' ? idempotent : IDEMPOTENT.test(method ?? ''),
    critical: critical === true,
  });
}

/** Drops undefined fields, so results compare, print and serialize cleanly. */
function strip<T extends object>(o: T): T {
  for (const k in o) if (o[k] === undefined) delete o[k];
  return o;
}

function finish(d: Draft, json: boolean, init: NormalizeInit): NormalizedError {
  const status = toStatus(init.status) ?? d.status;
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
  // can act on are public; 5xx, unknown, HTML/XML/text and thrown errors are not.
  const pub =
    (d.public ?? (json && origin == 'client' && kind != 'unknown' && s < 500)) &&
    !STACK.test(`${d.title} ${d.message}`);
  const error = strip<NormalizedError>({
    kind,
    status,
    code: d.code,
    origin,
    severity: d.severity ?? 'error',
    title: d.title,
    message: d.message,
    public: pub,
    errorId: d.errorId,
    // Field messages are server text too: shown only when the payload may be shown.
    fieldErrors: pub && d.fieldErrors ? d.fieldErrors.map((f) => strip({ ...f })) : [],
    retryAfterMs: d.retryAfterMs,
    operation: operationOf(init),
    occurredAt: validNow(init).toISOString(),
    vendor: text(init.vendor) ?? d.vendor,
  });
  produced.add(error);
  return error;
}
