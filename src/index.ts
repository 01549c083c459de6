/**
 * `faultline`: registers the default tags and re-exports everything.
 */
import './elements/error-banner/error-banner.define.js';
import './elements/error-provider/error-provider.define.js';
import './elements/retry-button/retry-button.define.js';
import './elements/support-checklist/support-checklist.define.js';

export * from './core.js';
export * from './elements.js';
