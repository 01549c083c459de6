import type { NormalizedError } from '../core/types.js';
import type { SupportTicket } from '../core/ticket.js';

/** What every faultline event carries: the error it is about. */
export interface ErrorEventDetail {
  /**
   * The failure as the app gave it, not redacted: it still holds a non-public vendor message
   * and the endpoint's query. Route on it; send `ticket` (or the copied text), never this.
   */
  error: NormalizedError;
}

/**
 * Base of the kit's events: bubbling and composed so an app can listen once at any ancestor,
 * across shadow roots. `cancelable` only for "about to happen" events (dismiss, retry-start).
 * A CustomEvent so frameworks that read `event.detail` (React, Vue, Angular) work unchanged.
 */
export class FaultlineEvent<D = ErrorEventDetail> extends CustomEvent<D> {
  constructor(type: string, detail: D, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable, detail });
  }
}

/** Detail of the retry events. */
export interface RetryEventDetail extends ErrorEventDetail {
  /** 1 for the first retry. */
  attempt: number;
  /** What the action resolved to (retry-success only). */
  value?: unknown;
}

/** Detail of `faultline-support-ticket`. */
export interface SupportTicketEventDetail extends ErrorEventDetail {
  ticket: SupportTicket;
  /** How it left the page. */
  via: 'copy-text' | 'copy-markdown' | 'copy-json' | 'email' | 'url';
}

/** Detail of `faultline-copy`. */
export interface CopyEventDetail {
  /** What was copied (already redacted). */
  text: string;
  /** What it was: the reference id or a ticket format. */
  what: 'reference' | 'text' | 'markdown' | 'json';
}
