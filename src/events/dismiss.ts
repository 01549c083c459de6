import { FaultlineEvent } from './faultline-event.js';
import type { ErrorEventDetail } from './faultline-event.js';

/** The operator is about to dismiss the message; cancel it to keep the message open. */
export class FaultlineDismissEvent extends FaultlineEvent<ErrorEventDetail> {
  static readonly type = 'faultline-dismiss';
  constructor(detail: ErrorEventDetail) {
    super(FaultlineDismissEvent.type, detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'faultline-dismiss': FaultlineDismissEvent;
  }
}
