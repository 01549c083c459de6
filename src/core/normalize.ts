import type { NormalizeInit, NormalizedError } from './types.js';

/** Placeholder, replaced by the adapter pipeline. */
export function normalizeError(_input: unknown, init: NormalizeInit = {}): NormalizedError {
  return {
    kind: 'unknown',
    origin: 'client',
    severity: 'error',
    public: false,
    fieldErrors: [],
    occurredAt: (init.now ?? new Date()).toISOString(),
  };
}
