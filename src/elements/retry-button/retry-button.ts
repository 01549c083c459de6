import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { NormalizedError } from '../../core/types.js';
import { FaultlineElement } from '../../internal/faultline-element.js';

/**
 * @summary Retries a failed operation the way the retry policy allows (work in progress: the
 * public properties are fixed, the behaviour is being built).
 */
export class RetryButton extends FaultlineElement {
  static override styles = [FaultlineElement.hostStyles];

  /** The error to retry: a NormalizedError or anything normalizeError() accepts. */
  @property({ attribute: false }) error?: NormalizedError | unknown;

  /** The operation to run again; it receives an AbortSignal that aborts on removal. */
  @property({ attribute: false }) action?: (signal: AbortSignal) => Promise<unknown>;

  /** At most this many attempts (the policy's `attempts` otherwise). */
  @property({ type: Number, attribute: 'max-attempts' }) maxAttempts?: number;

  /** Retry by itself when the advice is 'auto'. */
  @property({ type: Boolean }) auto = false;

  protected override render() {
    return html`<button part="base" type="button"><slot></slot></button>`;
  }
}
