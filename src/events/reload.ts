import { FaultlineEvent } from './faultline-event.js';
import type { ErrorEventDetail } from './faultline-event.js';

/** The operator asked to reload the resource (a conflict, or a critical write whose outcome is unknown). */
export class FaultlineReloadEvent extends FaultlineEvent<ErrorEventDetail> {
  static readonly type = 'faultline-reload';
  constructor(detail: ErrorEventDetail) {
    super(FaultlineReloadEvent.type, detail, false);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'faultline-reload': FaultlineReloadEvent;
  }
}
