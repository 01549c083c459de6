import type { HeadersInit_ } from './types.js';

export interface RedactOptions {
  /** Also replace e-mail addresses. Off by default: the ticket's user field needs them. */
  emails?: boolean;
}

/** What replaces a secret: visible, so a reader knows something was there. */
export const REDACTED = '[redacted]';

// Every pattern below either starts after a lookbehind that admits one start per run of
// token characters or consumes what it scans, so each runs in linear time on any input.
const SECRET_HEADER =
  /(?<![\w-])((?:proxy-)?authorization|(?:set-)?cookie|x-api-key|x-auth-token)("?\s*:\s*"?)[^\r\n"]+/gi;
const BEARER = /(?<![\w-])(bearer\s+)[\w~+/.-]+=*/gi;
const KEY_SHAPES =
  /(?<![\w-])(?:[spr]k_(?:live|test)_\w{8,}|gh[pousr]_\w{20,}|github_pat_\w{20,}|A[KS]IA[0-9A-Z]{16,}|xox[baprs]-[\w-]{10,}|AIza[\w-]{30,}|eyJ[\w-]+\.[\w-]+\.[\w-]*)/g;
const URL_PASSWORD = /(\/\/[^\s/?#@:]+:)[^\s/?#@]+@/g;
const SECRET_ASSIGNMENT =
  /(?<![\w-])([\w-]*(?:token|secret|passw(?:or)?d|pwd|api[_-]?key|signature|credential)"?\s*[:=]\s*"?)[^\s"'&,;<>]+/gi;
const SHORT_PARAM = /([?&;](?:key|sig|code|auth)=)[^\s"'&#]+/gi;
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const DIGIT_GROUPS = /\d+(?:[ -]\d+)*/g;
const SEPARATOR = /([ -])/;

/**
 * Replaces card numbers (13–19 digits, optionally grouped by spaces or dashes, Luhn-valid)
 * inside a run of digit groups. Runs longer than a card are searched group by group, so a card
 * followed by " 12/27" is still found; a lone long number (an order ID) is never split.
 */
function redactCards(run: string): string {
  if (run.length < 13) return run; // too short for a card, and by far the most common case
  const parts = run.split(SEPARATOR); // digits, separator, digits, …
  const digits = parts.filter((_, i) => !(i % 2)).join('');
  // Prefix sums of the Luhn terms for both parities, so any window is checked in O(1):
  // sums[p][k] counts digits before k, doubling those whose index parity is not p.
  const sums = [[0], [0]];
  for (let k = 0; k < digits.length; k++) {
    const d = digits.charCodeAt(k) - 48;
    const doubled = d > 4 ? 2 * d - 9 : 2 * d;
    sums[0]![k + 1] = sums[0]![k]! + (k % 2 ? doubled : d);
    sums[1]![k + 1] = sums[1]![k]! + (k % 2 ? d : doubled);
  }
  // The window's last digit is never doubled: pick the sums whose undoubled parity matches it.
  const luhn = (from: number, to: number) =>
    (sums[(to - 1) % 2]![to]! - sums[(to - 1) % 2]![from]!) % 10 === 0;
  let out = '';
  for (let i = 0, from = 0; i < parts.length; i += 2) {
    let end = i - 2;
    for (let j = i, to = from; j < parts.length && (to += parts[j].length) - from < 20; j += 2) {
      if (to - from > 12 && luhn(from, to)) end = j;
    }
    out += end < i ? parts[i] : REDACTED;
    for (; i < end; i += 2) from += parts[i].length;
    from += parts[i].length;
    out += parts[i + 1] ?? '';
  }
  return out;
}

/** Replaces secrets in free text: tokens, JWTs, API keys, secret parameters, card numbers. */
export function redact(text: string, options: RedactOptions = {}): string {
  let out = String(text)
    .replace(SECRET_HEADER, `$1$2${REDACTED}`)
    .replace(BEARER, `$1${REDACTED}`)
    .replace(KEY_SHAPES, REDACTED)
    .replace(URL_PASSWORD, `$1${REDACTED}@`)
    .replace(SECRET_ASSIGNMENT, `$1${REDACTED}`)
    .replace(SHORT_PARAM, `$1${REDACTED}`);
  if (options.emails) out = out.replace(EMAIL, REDACTED);
  return out.replace(DIGIT_GROUPS, redactCards);
}

const SECRET_HEADER_NAME = /authorization|cookie|api-?key|token|secret|signature|session/i;

/**
 * Copies headers without the ones that carry credentials (Authorization, Cookie, X-Api-Key,
 * X-Auth-Token …) and with every other value redacted.
 */
export function redactHeaders(headers: HeadersInit_): Record<string, string> {
  const out: Record<string, string> = {};
  const entries: Iterable<[string, string]> = Array.isArray(headers)
    ? headers
    : typeof Headers !== 'undefined' && headers instanceof Headers
      ? headers.entries()
      : Object.entries(headers);
  for (const [name, value] of entries) {
    if (!SECRET_HEADER_NAME.test(name)) out[name] = redact(value);
  }
  return out;
}
