/**
 * `faultline/core`: pure TypeScript, no DOM and no Lit, importable in Node.
 */
export * from './core/types.js';
export { normalizeError } from './core/normalize.js';
export { fromResponse } from './core/from-response.js';
export { adviseRetry } from './core/policy.js';
export type { RetryPolicyOptions, RetryState } from './core/policy.js';
export * from './core/retry.js';
export { buildTicket, formatTicket } from './core/ticket.js';
export type { SupportTicket } from './core/ticket.js';
export { redact } from './core/redact.js';
