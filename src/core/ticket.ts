import { redact } from './redact.js';
import type { RedactOptions } from './redact.js';
import type { NormalizedError, SupportContext } from './types.js';

export { formatTicket, TICKET_FORMATS, TICKET_LABELS_EN } from './ticket-format.js';
export type { TicketFormat, TicketFormatOptions } from './ticket-format.js';

/**
 * Everything support asks for (OmniValVMS' checklist, Omnium's "Getting help"), in the order a
 * support engineer reads it. Every format and the checklist element follow this order.
 */
export const TICKET_FIELDS = [
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
] as const;
export type TicketFieldKey = (typeof TICKET_FIELDS)[number];

/** Required unless the app says otherwise: what support cannot work without. */
export const DEFAULT_REQUIRED_FIELDS: readonly TicketFieldKey[] = TICKET_FIELDS.filter(
  (key) => !['operation', 'history', 'vendor', 'code'].includes(key),
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
  /** The localized headline the element shows: the safe message. */
  operatorMessage?: string;
  /** Which fields must be filled. Default DEFAULT_REQUIRED_FIELDS. */
  required?: readonly TicketFieldKey[];
  redact?: RedactOptions;
}

// Swedish writes dates the ISO way ("2026-11-22 14:03:07") in every engine, so the wall time
// is both the display and, read back as UTC, the way to the zone's offset.
const wallClock = (timeZone?: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' });
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "2026-11-22 14:03:07 Europe/Oslo (UTC+01:00)": wall time, IANA zone and offset, so support can
 * line the report up with server logs. The offset comes from Intl for that zone and instant,
 * never from the machine's own zone.
 */
export function formatTimestamp(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let zone = timeZone;
  let format: Intl.DateTimeFormat;
  try {
    format = wallClock(zone);
  } catch {
    zone = undefined; // an unknown zone name: fall back to the browser's own
    format = wallClock();
  }
  const wall = format.format(date);
  const offset = Math.round((Date.parse(`${wall.replace(' ', 'T')}Z`) - date.getTime()) / 60_000);
  const abs = Math.abs(offset);
  const sign = offset < 0 ? '-' : '+';
  return `${wall} ${zone || format.resolvedOptions().timeZone} (UTC${sign}${pad((abs / 60) | 0)}:${pad(abs % 60)})`;
}

/**
 * Gathers the support ticket for `error`. Every value is redacted here, and a vendor message
 * enters only when the vendor marked it public.
 */
export function buildTicket(
  error: NormalizedError,
  context: SupportContext = {},
  options: TicketOptions = {},
): SupportTicket {
  const op = error.operation;
  const join = (sep: string, ...parts: unknown[]) => parts.filter((x) => x || x === 0).join(sep);
  const values: Record<TicketFieldKey, unknown> = {
    client: join(' / ', context.clientId, context.tenant),
    environment: context.environment,
    ids: join(', ', ...Object.entries(context.ids ?? {}).map(([k, v]) => v && `${k}: ${v}`)),
    user: context.user,
    timestamp: error.occurredAt && formatTimestamp(error.occurredAt, context.timeZone),
    endpoint: join(' ', op?.method?.toUpperCase(), op?.endpoint),
    operation: op?.name,
    status: join(' ', error.status, error.kind),
    message: join(' — ', options.operatorMessage, error.public && error.message),
    retries: context.retries,
    history: context.history,
    errorId: error.errorId,
    description: context.description,
    steps: context.steps,
    vendor: error.vendor,
    code: error.code,
  };
  const required = options.required ?? DEFAULT_REQUIRED_FIELDS;
  const fields = TICKET_FIELDS.map((key): SupportTicketField => {
    const raw = values[key];
    const value = raw || raw === 0 ? redact(String(raw), options.redact).trim() : '';
    return value
      ? { key, value, required: required.includes(key) }
      : { key, required: required.includes(key) };
  });
  const missing = fields.filter((f) => f.required && !f.value).map((f) => f.key);
  const count = fields.filter((f) => f.required).length;
  return { fields, missing, gathered: count - missing.length, required: count };
}
