import { FaultlineEvent } from './faultline-event.js';
import type { ErrorEventDetail } from './faultline-event.js';

/** The operator asked for support; the app opens its channel or shows the support checklist. */
export class FaultlineContactSupportEvent extends FaultlineEvent<ErrorEventDetail> {
  static readonly type = 'faultline-contact-support';
  constructor(detail: ErrorEventDetail) {
    super(FaultlineContactSupportEvent.type, detail, false);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'faultline-contact-support': FaultlineContactSupportEvent;
  }
}
