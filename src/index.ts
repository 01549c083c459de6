/**
 * `faultline`: registers the default tags and re-exports everything.
 */
export * from './core.js';
export * from './elements.js';
