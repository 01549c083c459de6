import { FaultlineEvent } from './faultline-event.js';
import type { ErrorEventDetail } from './faultline-event.js';

/** The operator asked to sign in again; the app navigates to its sign-in flow. */
export class FaultlineSignInEvent extends FaultlineEvent<ErrorEventDetail> {
  static readonly type = 'faultline-sign-in';
  constructor(detail: ErrorEventDetail) {
    super(FaultlineSignInEvent.type, detail, false);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'faultline-sign-in': FaultlineSignInEvent;
  }
}
