/**
 * `faultline/core`: pure TypeScript, no DOM and no Lit, importable in Node.
 */
export * from './core/types.js';
export { normalizeError } from './core/normalize.js';
export { fromResponse } from './core/from-response.js';
export type { ReadBodyOptions } from './core/from-response.js';
export {
  adviseRetry,
  CODE_POLICY,
  CODE_WAIT_MS,
  fullJitter,
  POLICY_TABLE,
  REQUEST_CLASSES,
  requestClass,
} from './core/policy.js';
export type {
  PolicyCell,
  PolicyRow,
  RequestClass,
  RetryPolicyOptions,
  RetryState,
} from './core/policy.js';
export * from './core/retry.js';
export {
  buildTicket,
  DEFAULT_REQUIRED_FIELDS,
  formatTicket,
  formatTimestamp,
  TICKET_FIELDS,
  TICKET_FORMATS,
  TICKET_LABELS_EN,
} from './core/ticket.js';
export type {
  SupportTicket,
  SupportTicketField,
  TicketFieldKey,
  TicketFormat,
  TicketFormatOptions,
  TicketOptions,
} from './core/ticket.js';
export { REDACTED, redact, redactHeaders } from './core/redact.js';
export type { RedactOptions } from './core/redact.js';
