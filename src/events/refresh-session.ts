import { FaultlineEvent } from './faultline-event.js';
import type { ErrorEventDetail } from './faultline-event.js';

/** The session needs a refresh before one more try (a 401 on a read); the app refreshes its token. */
export class FaultlineRefreshSessionEvent extends FaultlineEvent<ErrorEventDetail> {
  static readonly type = 'faultline-refresh-session';
  constructor(detail: ErrorEventDetail) {
    super(FaultlineRefreshSessionEvent.type, detail, false);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'faultline-refresh-session': FaultlineRefreshSessionEvent;
  }
}
