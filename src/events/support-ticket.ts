import { FaultlineEvent } from './faultline-event.js';
import type { SupportTicketEventDetail } from './faultline-event.js';

/**
 * The operator sent or copied a support ticket. `ticket` is what left the page (redacted);
 * `error` is the app's own failure, unredacted: forward `ticket`, never `error`.
 */
export class FaultlineSupportTicketEvent extends FaultlineEvent<SupportTicketEventDetail> {
  static readonly type = 'faultline-support-ticket';
  constructor(detail: SupportTicketEventDetail) {
    super(FaultlineSupportTicketEvent.type, detail, false);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'faultline-support-ticket': FaultlineSupportTicketEvent;
  }
}
