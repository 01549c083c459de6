/**
 * `faultline`: registers the default tags and re-exports everything.
 */
// The provider first: elements already in the page upgrade in definition order, and those
// below a provider should find it at once (a late provider is still found, a moment later).
import './elements/error-provider/error-provider.define.js';
import './elements/error-banner/error-banner.define.js';
import './elements/retry-button/retry-button.define.js';
import './elements/support-checklist/support-checklist.define.js';

export * from './core.js';
export * from './elements.js';
