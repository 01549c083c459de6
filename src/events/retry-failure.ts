import { FaultlineEvent } from './faultline-event.js';
import type { RetryEventDetail } from './faultline-event.js';

/** A retry attempt failed; `error` is the attempt's failure, normalized and advised again. */
export class FaultlineRetryFailureEvent extends FaultlineEvent<RetryEventDetail> {
  static readonly type = 'faultline-retry-failure';
  constructor(detail: RetryEventDetail) {
    super(FaultlineRetryFailureEvent.type, detail, false);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'faultline-retry-failure': FaultlineRetryFailureEvent;
  }
}
