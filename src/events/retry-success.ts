import { FaultlineEvent } from './faultline-event.js';
import type { RetryEventDetail } from './faultline-event.js';

/** A retry attempt succeeded; `value` holds what the action resolved to. */
export class FaultlineRetrySuccessEvent extends FaultlineEvent<RetryEventDetail> {
  static readonly type = 'faultline-retry-success';
  constructor(detail: RetryEventDetail) {
    super(FaultlineRetrySuccessEvent.type, detail, false);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'faultline-retry-success': FaultlineRetrySuccessEvent;
  }
}
