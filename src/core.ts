/**
 * `faultline/core`: pure TypeScript, no DOM and no Lit, importable in Node.
 */
export * from './core/types.js';
export { normalizeError } from './core/normalize.js';
export { fromResponse } from './core/from-response.js';
