import { RetryButton } from './retry-button.js';

RetryButton.define('retry-button');

declare global {
  interface HTMLElementTagNameMap {
    'retry-button': RetryButton;
  }
}
