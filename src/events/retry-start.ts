import { FaultlineEvent } from './faultline-event.js';
import type { RetryEventDetail } from './faultline-event.js';

/** A retry attempt is about to start; cancel it to skip the attempt. */
export class FaultlineRetryStartEvent extends FaultlineEvent<RetryEventDetail> {
  static readonly type = 'faultline-retry-start';
  constructor(detail: RetryEventDetail) {
    super(FaultlineRetryStartEvent.type, detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'faultline-retry-start': FaultlineRetryStartEvent;
  }
}
