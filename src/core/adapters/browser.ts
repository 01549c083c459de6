import { text } from '../text.js';
import type { Draft } from './types.js';

/**
 * What fetch rejects with when the request never got an answer: Chromium "Failed to fetch",
 * Firefox "NetworkError when attempting to fetch resource.", Safari "Load failed" / "The network
 * connection was lost." / "The Internet connection appears to be offline.", Node "fetch failed".
 */
const NETWORK = /fetch|network|load failed|connect|offline/i;

/**
 * A thrown `Error` or `DOMException`: AbortError → aborted, TimeoutError → timeout (both kept as
 * the code), a fetch TypeError → network. Anything else is left to the status the caller gives
 * (an HTTP client's error for a 403 is a 403), else it is a bug in the app, `unknown`. The
 * message is the runtime's, not the vendor's: it is kept for developers and never public (a
 * thrown error is no JSON body, so normalize.ts keeps it private).
 */
export function thrown(e: Error): Draft {
  const name = String(e.name);
  const message = text(e.message);
  const code = /^(Abort|Timeout)Error$/.exec(name)?.[0];
  const kind = code
    ? code[0] == 'A'
      ? 'aborted'
      : 'timeout'
    : name == 'TypeError' && NETWORK.test(message!)
      ? 'network'
      : undefined;
  return {
    kind,
    origin: kind == 'timeout' || kind == 'network' ? 'network' : undefined,
    code,
    message,
  };
}
