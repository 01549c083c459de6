/**
 * Safe readers for untrusted payloads. Server data is read through these helpers only, so a
 * getter, a Proxy trap or an inherited property (`__proto__`, `constructor`) can never inject a
 * value or throw out of the normalizer.
 */

import { DIGIT, DIGIT_CHARS, SEPARATOR_CHARS } from './digits.js';

/** Longest server text we keep: enough for a developer, bounded for the UI and the ticket. */
export const MAX_TEXT = 500;

/** A plain object (or array) we may read own properties of. */
export const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v == 'object' && v !== null;

/**
 * An own *data* property. Accessors are ignored (their getter is never run) and inherited
 * properties are invisible, so prototype tricks cannot supply `public: true`. `Object()` boxes
 * primitives (whose only own properties are a string's indices and length) and turns
 * null/undefined into `{}`, so any value can be read from.
 */
export function own(o: unknown, key: string): unknown {
  try {
    return Object.getOwnPropertyDescriptor(Object(o), key)?.value;
  } catch {
    return undefined; // a Proxy whose trap throws
  }
}

/**
 * The first own property among `keys` (space-separated, most specific first) that `read` turns
 * into something truthy: non-empty text by default, a valid status with `toStatus`.
 */
export function first<T = string>(
  o: unknown,
  keys: string,
  read: (v: unknown) => T | undefined = text as (v: unknown) => T | undefined,
): T | undefined {
  for (const k of keys.split(' ')) {
    const v = read(own(o, k));
    if (v) return v;
  }
  return undefined;
}

// The digit groups a text ends with, in the digits and separators redaction knows as a card's
// (Arabic-Indic digits, minus signs, em dashes too), and the separators before the first digit.
// Only a whole run is tried, so the scan is linear.
const DIGIT_RUN = new RegExp(
  `(?<![${DIGIT_CHARS}${SEPARATOR_CHARS}])[${DIGIT_CHARS}${SEPARATOR_CHARS}]+$`,
);
const DIGITS = new RegExp(DIGIT, 'g');
const LEAD = new RegExp(`^[${SEPARATOR_CHARS}]*`);

/**
 * Server text made safe to keep: strings (and finite numbers) only, control characters
 * dropped, whitespace collapsed, capped at MAX_TEXT characters. Empty text is `undefined`.
 */
export function text(v: unknown): string | undefined {
  if (typeof v == 'number' && isFinite(v)) v = '' + v;
  if (typeof v != 'string') return undefined;
  // Slice before cleaning: a 10 MB body costs no more than a short one.
  // Bidi embeddings, overrides and isolates reorder the text around them on screen and in a
  // ticket (Trojan Source); lone surrogates make encodeURIComponent throw. Neither is prose.
  const s = v
    .slice(0, MAX_TEXT * 4)
    .replace(/[\u202A-\u202E\u2066-\u2069]|\p{Cs}/gu, '')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();
  if (!s) return undefined;
  if (s.length <= MAX_TEXT) return s;
  // The cap never cuts a surrogate pair in half, and drops the word it would cut, and digit
  // groups: half a key, JWT, database URL with its password or card number no longer looks
  // like one, so redaction would miss it (a JWT's header and claims, "postgres://app:Pa$$w0rd",
  // "4111 1111 1111" would reach the ticket). Prose in scripts without spaces (Chinese, Thai)
  // is cut where it is.
  const kept = s
    .slice(0, MAX_TEXT - 1)
    .replace(/[\uD800-\uDBFF]$/, '')
    .replace(/[\x21-\x7e]+$/, '')
    .replace(DIGIT_RUN, (run) =>
      (run.match(DIGITS)?.length ?? 0) < 6 ? run : run.match(LEAD)![0],
    );
  // One token longer than the cap is no message (and no reference): nothing rather than "…".
  return kept ? kept + '…' : undefined;
}

/** An array, or undefined (a revoked Proxy makes Array.isArray throw). */
export function list(v: unknown): unknown[] | undefined {
  try {
    return Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** A valid HTTP status from a number or a numeric string, else undefined. */
export function toStatus(v: unknown): number | undefined {
  const n = typeof v == 'string' && /^\d{3}$/.test(v.trim()) ? +v : v;
  return typeof n == 'number' && n >= 100 && n < 600 && n % 1 == 0 ? n : undefined;
}

/** Drops undefined fields, so results compare, print and serialize cleanly. */
export function strip<T extends object>(o: T): T {
  for (const k in o) if (o[k] === undefined) delete o[k];
  return o;
}

/**
 * A usable count or duration, zero or more (Infinity allowed), else the default. A numeric
 * string counts as its number: an attempt bound as '2' from markup must not read as the first.
 */
export const num = (v: unknown, fallback: number): number => {
  const n = v == null ? NaN : Number(v);
  return n >= 0 ? n : fallback;
};
