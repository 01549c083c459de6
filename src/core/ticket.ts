import type { NormalizedError, SupportContext } from './types.js';

// STUB — replaced by the support ticket (issue 3).
export interface SupportTicket {
  /** Checklist fields that are still empty. */
  missing: string[];
}

export function buildTicket(_error: NormalizedError, _context: SupportContext = {}): SupportTicket {
  return { missing: [] };
}

export function formatTicket(ticket: SupportTicket, _format: 'text' | 'markdown' | 'json'): string {
  return JSON.stringify(ticket);
}
