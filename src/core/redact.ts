import { DIGIT, SEPARATOR } from './digits.js';
import type { HeadersLike } from './types.js';

export interface RedactOptions {
  /** Also replace e-mail addresses. Off by default: the ticket's user field needs them. */
  emails?: boolean;
}

/** What replaces a secret: visible, so a reader knows something was there. */
export const REDACTED = '[redacted]';

// Every pattern below either starts after a lookbehind that admits one start per run of
// token characters or consumes what it scans, so each runs in linear time on any input. A run
// may start right after an escape such as `\n` (JSON in a string, a logged body): the `n` is a
// word character, but it does not join the secret after it.
// A credential header and its value, as logged in any shape: `Authorization: …`, JSON and
// Python (`'Authorization': '…'`), `name=…`, Ruby and PHP's `=>`, XML, and a quoted name, value
// pair: closed (`[name, value]`), or followed by more (Node's rawHeaders, `Header(name, value,
// true)`) unless the value looks like the next header's name (letters and dashes, at most 24:
// prose listing header names; a key of letters only is rarely that short). A quoted value is
// replaced whole, quotes kept; an unquoted one to the end of the line, of its query parameter
// or of the JSON string it is in (a `"` before `,` `}` `]` or `:`), so a cookie's own quotes do
// not cut it short.
const SECRET_HEADER = new RegExp(
  String.raw`(?<!(?<!\\)[\w-])((?:proxy-)?authorization|(?:set-)?cookie|x-api-key|x-auth-token)(?:(\\?["']?\s*(?::|=>?)\s*|>)(\\?"[^"\r\n]*"?|'[^'\r\n]*'?|(?:[^\r\n"<&\\]|\\(?!")|\\?"(?!\s*[,}\]:]))+)|(\\?["']\s*,\s*)(?!\\?["'](?=[a-z-]{1,24}\\?["'])[a-z]+(?:-[a-z]+)*\\?["']\s*,)(\\?"[^"\r\n]*"|'[^'\r\n]*')(?=\s*[\]),]))`,
  'gi',
);
// What makes a header's "prose" a value after all: `Basic …`, `a=b`, a long token.
const CREDENTIAL_LIKE =
  /\b(?:Basic|Bearer|Digest|Negotiate|NTLM|Token|AWS4-HMAC-SHA256)\s+\S|=|[\w+/~.-]{16,}/;
// Not a challenge's parameters (`Bearer realm="api", error="invalid_token"`): no credential. Nor
// the next header's name after an empty one (`Authorization: Bearer⏎Content-Type: …`).
const BEARER =
  /(?<!(?<!\\)[\w-])(bearer\s+)(?!(?:realm|error|error_description|error_uri|scope)=|[\w-]+:)[\w~+/.-]+=*/gi;
// `Basic <base64>` outside a header (a logged request, a curl line), its slashes maybe escaped
// as JSON's `\/`: only a value that decodes to `user:password` (UTF-8, RFC 7617) is a
// credential, so "Basic authentication failed" stays. No pattern runs on the decoded text: a
// test of each character is linear on any input.
const BASIC = /(?<!(?<!\\)[\w-])(basic\s+)((?:[a-z\d+/]|\\\/){4,512}={0,2})(?![\w+/=\\])/gi;
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const userPass = (match: string, scheme: string, value: string): string => {
  const b64 = value.replace(/\\\//g, '/');
  // A length atob refuses: not base64, and no exception to pay for on every such word.
  if (b64.replace(/=+$/, '').length % 4 == 1) return match;
  try {
    const text = UTF8.decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
    const printable = [...text].every((c) => c >= ' ' && c != '\x7f');
    return printable && text.includes(':') ? scheme + REDACTED : match;
  } catch {
    return match; // not base64, or not text
  }
};
const KEY_SHAPES =
  /(?<!(?<!\\)[\w-])(?:[spr]k_(?:live|test)_\w{8,}|sk-(?:proj-)?[\w-]{20,}|gh[pousr]_\w{20,}|github_pat_\w{20,}|A[KS]IA[0-9A-Z]{16,}|xox[abeprs]-[\w-]{10,}|AIza[\w-]{30,}|glpat-[\w-]{20,}|npm_\w{36}|shpat_\w{32}|whsec_\w{20,}|SG\.[\w-]{20,}\.[\w-]{20,}|ya29\.[\w-]{20,}|GOCSPX-[\w-]{20,}|eyJ[\w-]+\.[\w-]+\.[\w-]*|hooks\.slack\.com\/services\/[\w/]+|discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]+|bot\d{6,}:[\w-]{30,}|-----BEGIN[A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END[A-Z ]*PRIVATE KEY-----|$))/g;
// Also with JSON's escaped slashes: `mysql:\/\/root:pw@db`.
const URL_PASSWORD = /((?:\/\/|\\\/\\\/)[^\s/\\?#@:]*:)[^\s/?#]+@/g;
// A name and its value: `password=…`, `"apiKey": "…"`, `AWS_SECRET_ACCESS_KEY = …`. Strong
// keywords count anywhere in the name (passwordConfirmation), weak ones only at its end, so
// `access_token` and `DB_PASS` go but `token_type`, `max_tokens` and `sessionTimeout` stay. The
// prefix is lazy and the rest bounded, so each name costs time in proportion to its length.
const NAME_VALUE =
  /(?<!(?<!\\)[\w.-])([\w.-]*?(?:(?:secret|passw|pwd|passcode|passphrase|passord|credential|api[_-]?key|(?:access|account|auth|private|subscription|shared|client|app|master|signing|encryption|session)[_-]?(?:access[_-]?)?key|(?:auth|mfa|recovery|backup)[_-]?code|jwt|cvc|cvv|sess_?id)[\w.-]{0,40}|token|session(?:[_-]?id)?|pass|pw|sid|otp|signature))(\\?["']?\]?\s*(?:=>|[:=])\s*)(\\?"[^"\r\n]*(?:"|$|(?=[\r\n]))|'[^'\r\n]*(?:'|$|(?=[\r\n]))|[^\s"'&,;<>]+)/gi;
// After a colon, a word that starts a sentence is prose, not a value: a validation message
// joined to its field ("password: must contain a digit", "signature: required").
const PROSE_WORD =
  "(?:must|should|is|are|be|required|missing|invalid|empty|too|can(?:not|'t)|not|no|the|a|an|nothing|ask|please)";
const PROSE = new RegExp(`^${PROSE_WORD}$`, 'i');
// The same word first in a header's value, before a space, punctuation or the end.
const PROSE_FIRST = new RegExp(`^${PROSE_WORD}[,.;:!]*(?:\\s|$)`, 'i');
// A quoted value is replaced whole ("correct horse battery staple"), its quotes kept.
const VALUE = /^(\\?["']?)[\s\S]*?(\\?["']?)$/;
// Query parameters with a short or compound secret name; `country_code` and `sort_key` stay.
// The value goes on through JSON's escaped slash (`code=4\/0AfJ…`), not other escapes.
const SHORT_PARAM =
  /((?:[?&;#]|\\u0026)(?:key|sig|code|auth|pass|pw|pin|otp|ticket|samlresponse|auth[_-]?code|(?:app|api|user|access|secret|private|client|subscription|sign(?:ature)?)[_-]?key)=)(?:[^\s"'&#\\]|\\\/)+/gi;
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// A UUID is tried first and kept whole: its digit groups can pass Luhn, and a reference id that
// no longer matches the server's logs is useless to support.
const DIGIT_GROUPS = new RegExp(
  `[\\da-f]{8}(?:-[\\da-f]{4}){3}-[\\da-f]{12}|${DIGIT}+(?:${SEPARATOR}${DIGIT}+)*`,
  'gi',
);
const UUID = /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/i;
const GROUP_SPLIT = new RegExp(`(${SEPARATOR})`);

/**
 * Replaces card numbers (13–19 digits, optionally grouped, Luhn-valid) inside a run of digit
 * groups. From each group on, the longest Luhn-valid window of whole groups is marked, so a card
 * followed by " 12/27" is still found and one preceded by other numbers is never half kept; a
 * lone long number (an order ID) is never split. A window never exceeds 19 digits, so the scan
 * is linear.
 */
function redactCards(run: string): string {
  // Too short for a card (by far the most common case), or a UUID matched whole.
  if (run.length < 13 || UUID.test(run)) return run;
  const parts = run.split(GROUP_SPLIT); // digits, separator, digits, …
  const marked: boolean[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    // Luhn sums of the window so far, doubling the digits at even (a) or odd (b) positions:
    // the last digit is never doubled, so a window of n digits is valid when (n odd ? b : a)
    // ends in 0.
    let end = -1;
    for (let j = i, n = 0, a = 0, b = 0; j < parts.length && n + parts[j]!.length < 20; j += 2) {
      for (const c of parts[j]!) {
        const d = c.charCodeAt(0) & 15;
        const doubled = d > 4 ? 2 * d - 9 : 2 * d;
        a += n % 2 ? d : doubled;
        b += n++ % 2 ? doubled : d;
      }
      if (n > 12 && (n % 2 ? b : a) % 10 == 0) end = j;
    }
    for (let j = i; j <= end; j++) marked[j] = true;
  }
  // Marked groups and the separators between them become one marker.
  return parts.map((p, i) => (marked[i] ? (marked[i - 1] ? '' : REDACTED) : p)).join('');
}

/** Replaces secrets in text as written, without looking inside percent-escapes. */
function redactPlain(text: string, options?: RedactOptions | null): string {
  const secrets = (s: string) => {
    s = s
      // Schemes first: a token typed on the line after `Authorization: Bearer` has lost its
      // scheme once the header's value (up to the line's end) is replaced.
      .replace(BEARER, `$1${REDACTED}`)
      .replace(BASIC, userPass)
      .replace(SECRET_HEADER, (match: string, name: string, ...g: (string | undefined)[]) => {
        // Groups 2–3 are a header with its sign and value, 4–5 a [name, value] pair.
        const sign = g[0] ?? g[2]!;
        const value = g[1] ?? g[3]!;
        // "Authorization: invalid" is a message about the header, not its value; one that
        // also holds a scheme's credentials, an assignment or a long token is not.
        if (sign.includes(':') && PROSE_FIRST.test(value) && !CREDENTIAL_LIKE.test(value))
          return match;
        return (
          name +
          sign +
          (/^\\?["']/.test(value) ? value.replace(VALUE, `$1${REDACTED}$2`) : REDACTED)
        );
      })
      .replace(KEY_SHAPES, REDACTED)
      .replace(URL_PASSWORD, `$1${REDACTED}@`)
      .replace(NAME_VALUE, (match: string, name: string, sign: string, value: string) =>
        !sign.includes('=') && PROSE.test(value)
          ? match
          : name + sign + value.replace(VALUE, `$1${REDACTED}$2`),
      )
      .replace(SHORT_PARAM, `$1${REDACTED}`);
    return options?.emails ? s.replace(EMAIL, REDACTED) : s;
  };
  const once = secrets(text);
  const carded = once.replace(DIGIT_GROUPS, redactCards);
  // A card's marker can start a word that a secret needed ("4111…1111Bearer x"): look again,
  // so that redacting twice changes nothing.
  return carded === once ? once : secrets(carded);
}

const ESCAPE = /%[\da-f]{2}/i;
const ASCII_ESCAPE = /^%[0-7][\da-f]/i;
const WORD = /\S+/g;
// Escaped again in a replaced stretch: spaces and ASCII signs, so that a second pass reads the
// word as the first did. The marker and plain words stay readable.
const UNSAFE = /[^\w.~[\]\x80-\uffff-]|\s/g;

/**
 * One level of percent-decoding, of ASCII only (secrets are ASCII; other escapes stay as
 * written), and for each decoded character (and the end) the index in `s` where it starts.
 */
function unescapeOnce(s: string): [string, number[]] {
  let out = '';
  const from: number[] = [];
  for (let i = 0; i < s.length;) {
    from.push(i);
    const escape = ASCII_ESCAPE.test(s.slice(i, i + 3));
    out += escape ? String.fromCharCode(parseInt(s.slice(i + 1, i + 3), 16)) : s[i];
    i += escape ? 3 : 1;
  }
  from.push(s.length);
  return [out, from];
}

/**
 * A word with percent-escapes (`?next=%2Fcb%3Faccess_token%3D…`), decoded up to three times
 * (a URL inside a URL inside a URL), is redacted as text. When that finds a secret, the stretch
 * from the first change to the last is replaced in the word as written, re-escaped once; what
 * comes before and after that stretch keeps its own spelling.
 */
function redactEscaped(word: string, options?: RedactOptions | null): string {
  let text = word;
  let from = Array.from({ length: word.length + 1 }, (_, i) => i);
  for (let level = 0; level < 3 && ESCAPE.test(text); level++) {
    const [next, at] = unescapeOnce(text);
    if (next === text) break; // only stray `%`s
    from = at.map((k) => from[k]!);
    text = next;
  }
  const clean = redactPlain(text, options);
  if (clean === text) return word;
  let start = 0;
  while (text[start] === clean[start]) start++;
  let end = 0;
  const room = Math.min(text.length, clean.length) - start;
  while (end < room && text[text.length - 1 - end] === clean[clean.length - 1 - end]) end++;
  const changed = clean.slice(start, clean.length - end).replace(UNSAFE, encodeURIComponent);
  return word.slice(0, from[start]) + changed + word.slice(from[text.length - end]);
}

/** Replaces secrets in free text: tokens, JWTs, API keys, secret parameters, card numbers. */
export function redact(text: string, options?: RedactOptions | null): string {
  let out = redactPlain(String(text ?? ''), options);
  // Percent-escaped text (a redirect URL, a form body, a logged query) hides secrets from the
  // patterns: only words that have an escape are decoded and read again. A marker put there can
  // start a word that a secret needed, as a card's can, and a stretch re-escaped once can hold
  // a secret escaped deeper: look again until nothing changes, so that redacting twice changes
  // nothing. (Each round leaves fewer escapes; the bound only guards against a mistake.)
  for (let round = 0; round < 16 && ESCAPE.test(out); round++) {
    const next = out.replace(WORD, (word) =>
      ESCAPE.test(word) ? redactEscaped(word, options) : word,
    );
    if (next === out) break;
    out = redactPlain(next, options);
  }
  return out;
}

const SECRET_HEADER_NAME = /auth|cookie|key|token|secret|signature|session|credential|passw|jwt/i;
// Named like one, but no credential: what support reads (the replayed write's key, the OAuth
// `error="invalid_token"` of WWW-Authenticate). Their values are still redacted.
const PLAIN_HEADER_NAME =
  /^(?:(?:x-)?idempotency-key|www-authenticate|authentication-info|sec-websocket-key|x-cache-key)$/i;

/**
 * Copies headers without the ones that carry credentials (Authorization, Cookie, X-Api-Key,
 * X-Auth-Token …) and with every other value redacted. Idempotency-Key and WWW-Authenticate
 * stay: support reads them.
 */
export function redactHeaders(headers?: HeadersLike | null): Record<string, string> {
  const out: Record<string, string> = {};
  headers ??= {};
  const entries: Iterable<[string, string]> = Array.isArray(headers)
    ? headers
    : typeof (headers as Headers).entries == 'function' // Headers, without naming a DOM type
      ? (headers as Headers).entries()
      : Object.entries(headers);
  for (const [name, value] of entries) {
    if (PLAIN_HEADER_NAME.test(name) || !SECRET_HEADER_NAME.test(name)) out[name] = redact(value);
  }
  return out;
}
