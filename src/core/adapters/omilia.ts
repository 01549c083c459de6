import type { CodeTable } from './types.js';

/**
 * Omilia names no codes, only statuses (402 is `request_failed` by status). Its most common 403,
 * "No available licenses", gets a code of its own because the fix differs: a licence, not a role.
 */
export const OMILIA_CODES: CodeTable = { forbidden: 'no_available_licenses' };

/** Vendor messages that identify a code when the payload carries none. */
export const MESSAGE_CODES: readonly (readonly [RegExp, string])[] = [
  [/no available licen[cs]es/i, 'no_available_licenses'],
];
