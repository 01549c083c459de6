import { CODE_TABLES } from './adapters/index.js';
import { STATUS_KINDS } from './http-status.js';
import { ERROR_KINDS } from './types.js';
import type { ErrorKind } from './types.js';

const KINDS = new Map<string, ErrorKind>();
for (const table of [STATUS_KINDS, ...CODE_TABLES])
  for (const kind in table)
    for (const code of table[kind as ErrorKind]!.split(' ')) KINDS.set(code, kind as ErrorKind);

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

/** HTTP status → kind; undefined below 400. */
export function statusKind(status = 0): ErrorKind | undefined {
  return status < 400
    ? undefined
    : (KINDS.get('' + status) ?? (status < 500 ? 'request_failed' : 'server'));
}
