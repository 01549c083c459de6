import { FaultlineEvent } from './faultline-event.js';
import type { RetryEventDetail } from './faultline-event.js';

/** No attempts are left; the operator is pointed to support. */
export class FaultlineRetryExhaustedEvent extends FaultlineEvent<RetryEventDetail> {
  static readonly type = 'faultline-retry-exhausted';
  constructor(detail: RetryEventDetail) {
    super(FaultlineRetryExhaustedEvent.type, detail, false);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'faultline-retry-exhausted': FaultlineRetryExhaustedEvent;
  }
}
