import type { HeadersLike } from './types.js';

export interface RedactOptions {
  /** Also replace e-mail addresses. Off by default: the ticket's user field needs them. */
  emails?: boolean;
}

/** What replaces a secret: visible, so a reader knows something was there. */
export const REDACTED = '[redacted]';

// Every pattern below either starts after a lookbehind that admits one start per run of
// token characters or consumes what it scans, so each runs in linear time on any input.
const SECRET_HEADER =
  /(?<![\w-])((?:(?:proxy-)?authorization|(?:set-)?cookie|x-api-key|x-auth-token)"?\s*:\s*"?)[^\r\n"]+/gi;
const BEARER = /(?<![\w-])(bearer\s+)[\w~+/.-]+=*/gi;
const KEY_SHAPES =
  /(?<![\w-])(?:[spr]k_(?:live|test)_\w{8,}|sk-(?:proj-)?[\w-]{20,}|gh[pousr]_\w{20,}|github_pat_\w{20,}|A[KS]IA[0-9A-Z]{16,}|xox[baprs]-[\w-]{10,}|AIza[\w-]{30,}|eyJ[\w-]+\.[\w-]+\.[\w-]*)/g;
const URL_PASSWORD = /(\/\/[^\s/?#@:]+:)[^\s/?#@]+@/g;
const SECRET_ASSIGNMENT =
  /(?<![\w-])([\w-]*(?:token|secret|passw(?:or)?d|pwd|api[_-]?key|signature|credential|session|jwt)"?\s*[:=]\s*"?)[^\s"'&,;<>]+/gi;
const SHORT_PARAM = /([?&;](?:key|sig|code|auth)=)[^\s"'&#]+/gi;
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// A UUID is tried first and kept whole: its digit groups can pass Luhn, and a reference id that
// no longer matches the server's logs is useless to support.
const DIGIT_GROUPS = /[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}|\d+(?:[ .-]\d+)*/gi;
const UUID = /^[\da-f]{8}-/i;

/**
 * Replaces card numbers (13–19 digits, optionally grouped by spaces, dashes or dots, Luhn-valid)
 * inside a run of digit groups. From each group on, the longest Luhn-valid window of whole
 * groups is replaced, so a card followed by " 12/27" is still found; a lone long number (an
 * order ID) is never split. A window never exceeds 19 digits, so the scan is linear.
 */
function redactCards(run: string): string {
  // Too short for a card (by far the most common case), or a UUID matched whole.
  if (run.length < 13 || UUID.test(run)) return run;
  const parts = run.split(/([ .-])/); // digits, separator, digits, …
  let out = '';
  for (let i = 0; i < parts.length; i += 2) {
    // Luhn sums of the window so far, doubling the digits at even (a) or odd (b) positions:
    // the last digit is never doubled, so a window of n digits is valid when (n odd ? b : a)
    // ends in 0.
    let end = -1;
    for (let j = i, n = 0, a = 0, b = 0; j < parts.length && n + parts[j]!.length < 20; j += 2) {
      for (const c of parts[j]!) {
        const d = +c;
        const doubled = d > 4 ? 2 * d - 9 : 2 * d;
        a += n % 2 ? d : doubled;
        b += n++ % 2 ? doubled : d;
      }
      if (n > 12 && (n % 2 ? b : a) % 10 == 0) end = j;
    }
    if (end < 0) out += parts[i];
    else {
      out += REDACTED;
      i = end;
    }
    out += parts[i + 1] ?? '';
  }
  return out;
}

/** Replaces secrets in free text: tokens, JWTs, API keys, secret parameters, card numbers. */
export function redact(text: string, options?: RedactOptions | null): string {
  let out = String(text ?? '')
    .replace(SECRET_HEADER, `$1${REDACTED}`)
    .replace(BEARER, `$1${REDACTED}`)
    .replace(KEY_SHAPES, REDACTED)
    .replace(URL_PASSWORD, `$1${REDACTED}@`)
    .replace(SECRET_ASSIGNMENT, `$1${REDACTED}`)
    .replace(SHORT_PARAM, `$1${REDACTED}`);
  if (options?.emails) out = out.replace(EMAIL, REDACTED);
  return out.replace(DIGIT_GROUPS, redactCards);
}

const SECRET_HEADER_NAME = /authorization|cookie|api-?key|token|secret|signature|session/i;

/**
 * Copies headers without the ones that carry credentials (Authorization, Cookie, X-Api-Key,
 * X-Auth-Token …) and with every other value redacted.
 */
export function redactHeaders(headers: HeadersLike): Record<string, string> {
  const out: Record<string, string> = {};
  const entries: Iterable<[string, string]> = Array.isArray(headers)
    ? headers
    : typeof (headers as Headers).entries == 'function' // Headers, without naming a DOM type
      ? (headers as Headers).entries()
      : Object.entries(headers);
  for (const [name, value] of entries) {
    if (!SECRET_HEADER_NAME.test(name)) out[name] = redact(value);
  }
  return out;
}
