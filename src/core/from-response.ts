import { normalizeError } from './normalize.js';
import { failedResponse, responseInit } from './response.js';
import { num, strip } from './text.js';
import type { NormalizeInit, NormalizedError } from './types.js';

/** How much of a failed response's body `fromResponse` reads, and for how long. */
export interface ReadBodyOptions {
  /** Stops reading: the error is then made from the status and headers alone. */
  signal?: AbortSignal | null;
  /**
   * Bytes of the body read at most, default 1 MiB: no real error body is larger, and a proxy's
   * 50 MB page must not be held in memory to find its title. The rest is never downloaded.
   */
  maxBytes?: number;
  /**
   * Milliseconds the body may take, default 10 000: a connection that stalls after the headers
   * must not keep the operator from seeing the error, which its status and headers describe.
   */
  timeoutMs?: number;
}

/**
 * The body as text, at most `maxBytes` of it (decoded as UTF-8, as `Response.text()` does), or ''
 * when it cannot be read in time: used, aborted, a broken stream, a stall.
 */
async function readBody(response: Response, options: ReadBodyOptions): Promise<string> {
  const { signal } = options;
  const maxBytes = num(options.maxBytes, 1 << 20);
  let over = false;
  let stop!: () => void;
  const stopped = new Promise<undefined>((resolve) => {
    stop = () => {
      over = true;
      resolve(undefined);
    };
  });
  // Past a day, setTimeout fires at once: a longer (or infinite) wait is no deadline at all.
  const ms = num(options.timeoutMs, 1e4);
  const timer = ms < 864e5 ? setTimeout(stop, ms) : undefined;
  signal?.addEventListener?.('abort', stop);
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    // Aborted already: not a byte is asked for.
    if (signal?.aborted) return '';
    // A Response-like object without a stream (a test double, an old polyfill) is read whole.
    reader = response.body?.getReader?.();
    if (!reader) return (await Promise.race([response.text(), stopped])) ?? '';
    const decoder = new TextDecoder();
    let text = '';
    let left = maxBytes;
    while (left > 0 && !over) {
      const chunk = await Promise.race([reader.read(), stopped]);
      if (!chunk) return '';
      if (chunk.done) break;
      const bytes = chunk.value.subarray(0, left);
      left -= bytes.length;
      text += decoder.decode(bytes, { stream: true });
    }
    return text + decoder.decode();
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener?.('abort', stop);
    stop();
    // What was not read is not downloaded either; a stream already closed ignores this.
    reader?.cancel().catch(() => {});
  }
}

/**
 * Normalizes a failed `Response`: reads its body as text (at most 1 MiB, within 10 s, until
 * `options.signal` aborts; a body that cannot be read — used, aborted, a broken or stalled
 * stream — still normalizes from status and headers) and passes status, headers and the
 * response URL as the endpoint. `init` overrides what the response says, but not with
 * undefined. Never rejects.
 */
export async function fromResponse(
  response: Response,
  init: NormalizeInit = {},
  options: ReadBodyOptions = {},
): Promise<NormalizedError> {
  // A body already read (a string, parsed JSON) is what normalizeError takes.
  // Nor has a network error (Response.error()) a body: normalizeError reads it as one.
  if (typeof (response as Partial<Response> | null)?.text != 'function' || response.type == 'error')
    return normalizeError(response, init);
  let body = '';
  let meta: NormalizeInit = {};
  try {
    meta = responseInit(response);
    body = await readBody(response, Object(options) as ReadBodyOptions);
  } catch {
    // unreadable body: status and headers are enough
  }
  return normalizeError(body, { ...meta, ...strip({ ...init }) });
}

/**
 * A failed attempt as a NormalizedError: a Response is read (status, headers, body), anything
 * else goes through `normalize`. What retry() and the retry button both do with a failure; their
 * signal stops the reading too.
 */
export async function readFailure(
  failure: unknown,
  init: NormalizeInit,
  normalize: (input: unknown, init: NormalizeInit) => NormalizedError = normalizeError,
  signal?: AbortSignal,
): Promise<NormalizedError> {
  return failedResponse(failure, true)
    ? fromResponse(failure, init, { signal })
    : normalize(failure, init);
}
