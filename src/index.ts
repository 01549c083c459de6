/**
 * `faultline`: registers the default tags and re-exports everything.
 */
import './elements/error-provider/error-provider.define.js';

export * from './core.js';
export * from './elements.js';
