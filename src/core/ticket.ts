import { redact } from './redact.js';
import { isObj, list, strip, text } from './text.js';
import type { RedactOptions } from './redact.js';
import type { NormalizedError, SupportContext } from './types.js';

import { TICKET_LABELS_EN } from './ticket-format.js';

export { formatTicket, TICKET_FORMATS, TICKET_LABELS_EN } from './ticket-format.js';
export type { TicketFormat, TicketFormatOptions } from './ticket-format.js';

/**
 * Everything support asks for (OmniValVMS' checklist, Omnium's "Getting help"), in the order a
 * support engineer reads it. Every format and the checklist element follow this order. It is
 * the key order of TICKET_LABELS_EN (a test checks that every label is there), so the bundle
 * lists the fields once.
 */
export const TICKET_FIELDS = Object.keys(TICKET_LABELS_EN) as unknown as readonly [
  'client',
  'environment',
  'ids',
  'user',
  'timestamp',
  'endpoint',
  'operation',
  'status',
  'message',
  'retries',
  'history',
  'errorId',
  'description',
  'steps',
  'vendor',
  'code',
];
export type TicketFieldKey = (typeof TICKET_FIELDS)[number];

/** Required unless the app says otherwise: what support cannot work without. */
export const DEFAULT_REQUIRED_FIELDS: readonly TicketFieldKey[] = TICKET_FIELDS.filter(
  (key) => !/^(operation|history|vendor|code)$/.test(key),
);

export interface SupportTicketField {
  key: TicketFieldKey;
  /** Already redacted; absent when nothing is known yet. */
  value?: string;
  required: boolean;
}

export interface SupportTicket {
  /** Every field of TICKET_FIELDS, in that order. */
  fields: SupportTicketField[];
  /** Required fields that are still empty. */
  missing: TicketFieldKey[];
  /** Required fields that have a value ("5 of 8 gathered"). */
  gathered: number;
  required: number;
}

export interface TicketOptions {
  /**
   * The localized headline the element shows: the safe message. Without it, a private error
   * (every 5xx, network failure or thrown error) leaves `message` missing: core has no words of
   * its own. Pass `describeError(error, t).headline` when building a ticket outside the element.
   */
  operatorMessage?: string;
  /**
   * Which fields must be filled. Default DEFAULT_REQUIRED_FIELDS, plus `history` for a critical
   * (P0) write, which is never replayed: what the history shows decides what happens next.
   */
  required?: readonly TicketFieldKey[];
  redact?: RedactOptions;
}

// Swedish writes dates the ISO way ("2026-11-22 14:03:07") in every engine, so the wall time
// is both the display and, read back as UTC, the way to the zone's offset.
const wallClock = (timeZone?: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' });

/**
 * "2026-11-22 14:03:07 Europe/Oslo (UTC+01:00)": wall time, IANA zone and offset, so support can
 * line the report up with server logs. The offset comes from Intl for that zone and instant,
 * never from the machine's own zone.
 */
export function formatTimestamp(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (isNaN(+date)) return iso;
  let format: Intl.DateTimeFormat;
  try {
    format = wallClock(timeZone);
  } catch {
    format = wallClock((timeZone = undefined)); // an unknown zone name: the browser's own
  }
  const wall = format.format(date);
  const offset = Math.round((Date.parse(wall.replace(' ', 'T') + 'Z') - +date) / 60_000);
  // An engine may not read a year of more than four digits back: the UTC time then says it all.
  if (isNaN(offset)) return iso;
  // An offset (at most 14 h) written as a time of day gives its "hh:mm".
  const hhmm = new Date(Math.abs(offset) * 60_000).toISOString().slice(11, 16);
  return `${wall} ${timeZone || format.resolvedOptions().timeZone} (UTC${offset < 0 ? '-' : '+'}${hhmm})`;
}

/**
 * Something to report: text, or a number (zero retries is an answer). An object or a list the
 * app passed by mistake is nothing, not "[object Object]".
 */
export const given = (x: unknown): boolean =>
  (typeof x == 'string' && x !== '') || Number.isFinite(x);

/** The app's IDs as a record: a string or a list spread here would list characters or indices. */
export const idRecord = (ids: unknown): Record<string, unknown> =>
  isObj(ids) && !list(ids) ? (ids as Record<string, unknown>) : {};

/**
 * Gathers the support ticket for `error`. Every value is redacted here, and a vendor message
 * enters only when the vendor marked it public.
 */
export function buildTicket(
  error: NormalizedError,
  context?: SupportContext | null,
  options?: TicketOptions | null,
): SupportTicket {
  // null and garbage read as nothing given, like undefined: a ticket is still gathered.
  error = Object(error) as NormalizedError;
  context ??= {};
  options ??= {};
  const op = error.operation;
  const join = (sep: string, ...parts: unknown[]) => parts.filter(given).join(sep);
  // Fields named as in the context (environment, user, retries, history, description, steps) or
  // the error (errorId, vendor, code) come from there; the rest are put together here.
  const values: Record<string, unknown> = {
    ...context,
    ...error,
    client: join(' / ', context.clientId, context.tenant),
    // Text and numbers only: an object (a parsed `__proto__` key) would read "[object Object]".
    // The app's ids, then the entity the payload named (Fluent's event `entityId`).
    ids: join(
      ', ',
      ...Object.entries({ entityId: error.entityId, ...idRecord(context.ids) })
        .filter(([, v]) => (typeof v == 'string' && v) || Number.isFinite(v))
        .map(([k, v]) => `${k}: ${v}`),
    ),
    timestamp: error.occurredAt && formatTimestamp(error.occurredAt, context.timeZone),
    endpoint: join(' ', text(op?.method)?.toUpperCase(), op?.endpoint),
    operation: op?.name,
    status: join(' ', error.status, error.kind),
    // With a public error, its field errors too: Omnium asks for the response's details, and
    // "MarketId: required" is the part of a validation error that support can act on.
    message: join(
      ' — ',
      options.operatorMessage,
      error.public && error.message,
      error.public &&
        Array.isArray(error.fieldErrors) &&
        error.fieldErrors
          // A one-field payload's message is the message already given: only its field is new.
          .map((f) => join(': ', f?.field, f?.message !== error.message && f?.message))
          .join('; '),
    ),
  };
  // A P0 write is never replayed: support needs what the history shows (OmniValVMS).
  // Not a list (a string would match by substring, a number would throw): the default.
  const required = list(options.required)
    ? (options.required as readonly TicketFieldKey[])
    : op?.critical
      ? [...DEFAULT_REQUIRED_FIELDS, 'history']
      : DEFAULT_REQUIRED_FIELDS;
  const fields = TICKET_FIELDS.map((key) => {
    const raw = values[key];
    const value = given(raw) ? redact(String(raw), options.redact).trim() : '';
    return strip<SupportTicketField>({
      key,
      value: value || undefined,
      required: required.includes(key),
    });
  });
  const asked = fields.filter((f) => f.required);
  const missing = asked.filter((f) => !f.value).map((f) => f.key);
  return { fields, missing, gathered: asked.length - missing.length, required: asked.length };
}
