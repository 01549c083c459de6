import { FaultlineEvent } from './faultline-event.js';
import type { CopyEventDetail } from './faultline-event.js';

/** Text was copied to the clipboard (a reference id or a ticket). */
export class FaultlineCopyEvent extends FaultlineEvent<CopyEventDetail> {
  static readonly type = 'faultline-copy';
  constructor(detail: CopyEventDetail) {
    super(FaultlineCopyEvent.type, detail, false);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'faultline-copy': FaultlineCopyEvent;
  }
}
