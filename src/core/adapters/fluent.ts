import type { ErrorKind } from '../types.js';
import type { Draft } from './types.js';

/**
 * Fluent client codes (`C0001E`): upper bound of each range → kind, from the seed's table.
 * C0001–C0019 are API limits such as query complexity: the client must ask for less, and a retry
 * would fail the same way, so `validation`. C0020 is a missing permission. C0120 is an entity
 * that does not exist. C0121 (a value that must be unique is taken) is the operator's to fix,
 * like the other field errors: `validation`, not `conflict`, whose answer is a reload.
 */
export const FLUENT_CLIENT_RANGES: readonly (readonly [number, ErrorKind])[] = [
  [19, 'validation'],
  [20, 'forbidden'],
  [99, 'request_failed'], // platform behaviour, not yet classified by Fluent
  [119, 'validation'], // dates
  [120, 'not_found'],
  [199, 'validation'], // fields, request format, custom validations
];

/**
 * `<C|S|T><4 or 5 digits><E|W>`: prefix → origin, suffix → severity, number → kind.
 * Server (S) codes are platform settings that "clients can not fix themselves" (S0001E: "call
 * support to set the setting"): a retry fails the same way, so `request_failed`, whose answer is
 * support. Third-party (T) codes may pass, like any server failure: `server`.
 */
export function decodeFluent(code: string | undefined): Draft | undefined {
  const [, prefix, n, suffix] = /^([CST])(\d{4,5})([EW])$/.exec(code!) ?? [];
  if (!prefix) return undefined;
  const client = prefix == 'C';
  return {
    vendor: 'fluent',
    origin: client ? 'client' : prefix == 'S' ? 'server' : 'third_party',
    severity: suffix == 'W' ? 'warning' : 'error',
    kind: client
      ? (FLUENT_CLIENT_RANGES.find(([max]) => +n! <= max)?.[1] ?? 'request_failed')
      : prefix == 'S'
        ? 'request_failed'
        : 'server',
  };
}
