import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { copyText } from './clipboard.js';

/** How long a copy button says "Copied" before it says "Copy" again. */
export const COPIED_FOR_MS = 2000;

/**
 * Copies text for an element and keeps `copied` true for a moment, so its button can say
 * "Copied". The timer is cleared when the host leaves the page.
 */
export class CopyFeedbackController implements ReactiveController {
  /** True for `durationMs` after a successful copy. */
  copied = false;
  readonly #host: ReactiveControllerHost;
  readonly #durationMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, durationMs = COPIED_FOR_MS) {
    this.#host = host;
    this.#durationMs = durationMs;
    host.addController(this);
  }

  /** Copies `text`; resolves to whether it reached the clipboard. Never rejects. */
  async copy(text: string): Promise<boolean> {
    const ok = await copyText(text);
    if (ok) {
      clearTimeout(this.#timer);
      this.copied = true;
      this.#host.requestUpdate();
      this.#timer = setTimeout(this.#reset, this.#durationMs);
    }
    return ok;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.copied = false;
  }

  readonly #reset = (): void => {
    this.copied = false;
    this.#host.requestUpdate();
  };
}
