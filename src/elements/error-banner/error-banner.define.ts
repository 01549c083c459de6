// The banner renders <retry-button>, so registering the banner registers it too.
import '../retry-button/retry-button.define.js';
import { ErrorBanner } from './error-banner.js';

ErrorBanner.define('error-banner');

declare global {
  interface HTMLElementTagNameMap {
    'error-banner': ErrorBanner;
  }
}
