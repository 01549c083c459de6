import { ErrorProvider } from './error-provider.js';

ErrorProvider.define('error-provider');

declare global {
  interface HTMLElementTagNameMap {
    'error-provider': ErrorProvider;
  }
}
