import { CODES } from './adapters/codes.js';
import { ERROR_KINDS } from './types.js';
import type { ErrorKind } from './types.js';

/** Every code and status of codes.ts → its kind. */
const KINDS = new Map<string, ErrorKind>();
CODES.split('|').forEach((line, i) => {
  for (const code of line.split(' ')) KINDS.set(code, ERROR_KINDS[i]!);
});

/**
 * The kind a vendor code stands for: the vendor tables first (matched in snake case: `NotNull`,
 * `NOT_FOUND`, `out-of-credit` → `not_null`, `not_found`, `out_of_credit`), then a code that
 * names a kind itself (`FORBIDDEN`, `Conflict`). `unknown` tells nothing, so it is no answer.
 */
export function codeKind(code: string | undefined): ErrorKind | undefined {
  const c = code
    ?.replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase();
  const kind = c && (KINDS.get(c) ?? ERROR_KINDS.find((k) => k == c));
  return kind && kind != 'unknown' ? kind : undefined;
}

/** HTTP status → kind; undefined below 400. Other 4xx are `request_failed`, other 5xx `server`. */
export function statusKind(status = 0): ErrorKind | undefined {
  return status < 400
    ? undefined
    : (KINDS.get('' + status) ?? (status < 500 ? 'request_failed' : 'server'));
}
