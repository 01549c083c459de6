/* global window, document, customElements */
// The app: the README's plain-HTML use, with the bare names resolved by the import map alone.
import * as kit from 'faultline';
import * as core from 'faultline/core';

const server = () => kit.normalizeError('', { status: 503, method: 'GET' });
for (const id of ['nb', 'ar']) document.getElementById(id).error = server();

await Promise.all(
  ['error-banner', 'error-provider', 'retry-button', 'support-checklist'].map((tag) =>
    customElements.whenDefined(tag),
  ),
);
window.__kit = { kit, core };
window.__ready = true;
