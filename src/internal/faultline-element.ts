import { LitElement, css } from 'lit';
import { defineElement } from './define.js';

/**
 * The thin base of every faultline element (ShoelaceElement, WebAwesomeElement): shared host
 * styles, a typed `emit()`, and `define()` with the already-defined guard. Nothing else.
 */
export class FaultlineElement extends LitElement {
  static hostStyles = css`
    :host {
      box-sizing: border-box;
      font-family: var(--faultline-font-family, inherit);
      color: var(--faultline-color-text, inherit);
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
  `;

  /** Registers this class under `tag`, warning (not throwing) when the tag is taken. */
  static define(tag: string): void {
    defineElement(tag, this as unknown as CustomElementConstructor);
  }

  /** Dispatches a faultline event; returns false when a listener cancelled it. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}
