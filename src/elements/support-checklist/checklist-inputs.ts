import { buildTicket, given, idRecord } from '../../core/ticket.js';
import type { SupportTicket, TicketFieldKey, TicketOptions } from '../../core/ticket.js';
import { redact } from '../../core/redact.js';
import type { NormalizedError, SupportContext } from '../../core/types.js';

/** What the operator can fill in, in the order the ticket lists it. */
export const CHECKLIST_INPUTS = [
  'clientId',
  'tenant',
  'environment',
  'ids',
  'user',
  'retries',
  'history',
  'description',
  'steps',
] as const;
export type ChecklistInputKey = (typeof CHECKLIST_INPUTS)[number];

/** What the operator typed, keyed by input; a key that is present wins, even when empty. */
export type TypedValues = Partial<Record<ChecklistInputKey, string>>;

/** The ticket field an input fills: its own, except that client ID and tenant both fill "client". */
export const inputField = (key: ChecklistInputKey): TicketFieldKey =>
  key === 'clientId' || key === 'tenant' ? 'client' : key;

/** Only the operator knows these, so they are always offered (prefilled with what the app knows). */
const OPERATOR_INPUTS: ReadonlySet<ChecklistInputKey> = new Set([
  'retries',
  'history',
  'description',
  'steps',
]);

/** Multi-line answers. */
export const TEXTAREA_INPUTS: ReadonlySet<ChecklistInputKey> = new Set([
  'history',
  'description',
  'steps',
]);

/**
 * The catalog key (`support.fields.*`) of a ticket field's label: the field's own key, except
 * `timestamp`, whose label is "Occurred at". A function, not a table that repeats every key.
 */
export const fieldLabelKey = (field: TicketFieldKey): string =>
  field === 'timestamp' ? 'occurredAt' : field;

/** What the ticket leaves out (no text or number, or only spaces), so an input asks for it. */
const blank = (value: unknown) => !given(typeof value == 'string' ? value.trim() : value);

/**
 * The inputs to offer: the operator's own (always) and each context field the app left empty.
 * Client ID and tenant are offered as a pair while the app gave neither: either fills the
 * "client / tenant" field.
 */
export function visibleInputs(app: SupportContext): ChecklistInputKey[] {
  const noClient = blank(app.clientId) && blank(app.tenant);
  // A list or a string is no map of IDs: the ticket ignores it, so the input stays.
  const noIds = !Object.values(idRecord(app.ids)).some((v) => !blank(v));
  return CHECKLIST_INPUTS.filter((key) => {
    if (OPERATOR_INPUTS.has(key)) return true;
    if (key === 'clientId' || key === 'tenant') return noClient;
    if (key === 'ids') return noIds;
    return blank(app[key]);
  });
}

/** The value an input shows: what was typed, else what the app (or the retry button) knows. */
export function inputValue(
  key: ChecklistInputKey,
  typed: TypedValues,
  app: SupportContext,
  retries?: number,
): string {
  const own = typed[key];
  if (own !== undefined) return own;
  if (key === 'retries') {
    const known = retries ?? app.retries;
    return typeof known === 'number' && Number.isFinite(known) ? String(known) : '';
  }
  if (key === 'ids') return '';
  const value = app[key];
  return typeof value === 'string' ? value : '';
}

const WHOLE_NUMBER = /^\s*\d{1,6}\s*$/;

/** A typed retry count that is not a whole number (a count cannot be "-1" or "two"). */
export function badRetries(typed: TypedValues): boolean {
  const value = typed.retries;
  return value !== undefined && value.trim() !== '' && !WHOLE_NUMBER.test(value);
}

/** The context the ticket is built from: the app's, with what the operator typed on top. */
export function effectiveContext(
  app: SupportContext,
  typed: TypedValues,
  retries?: number,
): SupportContext {
  const out: SupportContext = { ...app };
  // Related IDs typed as text have no key to go under (see buildChecklistTicket); the retry
  // count must be a number.
  for (const key of CHECKLIST_INPUTS) {
    if (key !== 'ids' && key !== 'retries' && typed[key] !== undefined) out[key] = typed[key];
  }
  const count = inputValue('retries', typed, app, retries);
  if (WHOLE_NUMBER.test(count)) out.retries = Number(count);
  else delete out.retries;
  return out;
}

/** The ticket fields the operator can type into. */
const TYPEABLE: ReadonlySet<TicketFieldKey> = new Set(CHECKLIST_INPUTS.map(inputField));

/**
 * buildTicket with the operator's answers. Related IDs typed as free text ("order 17") go into
 * the `ids` field as they are (redacted), since they have no key to go under. A required field that
 * nothing filled and no input can (a reference the error does not carry, the endpoint of a
 * network failure) is not asked for: it would keep "n of m gathered" from ever completing.
 */
export function buildChecklistTicket(
  error: NormalizedError,
  app: SupportContext,
  typed: TypedValues,
  options: TicketOptions & { retries?: number } = {},
): SupportTicket {
  const { retries, ...ticketOptions } = options;
  const ticket = buildTicket(error, effectiveContext(app, typed, retries), ticketOptions);
  // Only while the input is offered: the app's own IDs hide it, and text typed before they came
  // could no longer be corrected.
  const ids =
    typed.ids === undefined || !visibleInputs(app).includes('ids')
      ? ''
      : redact(typed.ids, ticketOptions.redact).trim();
  const fields = ticket.fields.map((f) =>
    // After the entity the payload named (Fluent's `entityId`), not instead of it: the order
    // the operator typed is what support asked for.
    f.key === 'ids' && ids
      ? { ...f, value: f.value ? `${f.value}, ${ids}` : ids }
      : f.value || !f.required || TYPEABLE.has(f.key)
        ? f
        : { ...f, required: false },
  );
  const asked = fields.filter((f) => f.required);
  const missing = asked.filter((f) => !f.value).map((f) => f.key);
  return { fields, missing, gathered: asked.length - missing.length, required: asked.length };
}

/**
 * The catalog key (`support.required.*`) of each offered input that blocks sending: required
 * and still empty, or a retry count that is not a number.
 */
export function inputProblems(
  ticket: SupportTicket,
  inputs: readonly ChecklistInputKey[],
  typed: TypedValues,
): Map<ChecklistInputKey, string> {
  const problems = new Map<ChecklistInputKey, string>();
  for (const key of inputs) {
    if (key === 'retries' && badRetries(typed)) problems.set(key, 'retries');
    else if (ticket.missing.includes(inputField(key))) problems.set(key, key);
  }
  return problems;
}
