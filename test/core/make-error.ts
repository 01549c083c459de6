import type { NormalizedError, OperationInfo } from '../../src/core.js';

/** A NormalizedError with harmless defaults, so tests state only what matters to them. */
export function makeError(overrides: Partial<NormalizedError> = {}): NormalizedError {
  return {
    kind: 'unknown',
    origin: 'server',
    severity: 'error',
    public: false,
    fieldErrors: [],
    occurredAt: '2026-11-22T13:03:07.000Z',
    ...overrides,
  };
}

/** The operations the policy tells apart, as the normalizer would describe them. */
export const OPS = {
  read: { method: 'GET', endpoint: '/orders/17', idempotent: true, critical: false },
  put: { method: 'PUT', endpoint: '/orders/17/notes', idempotent: true, critical: false },
  post: { method: 'POST', endpoint: '/orders', idempotent: false, critical: false },
  postWithKey: { method: 'POST', endpoint: '/payments', idempotent: true, critical: false },
  activate: { method: 'POST', endpoint: '/orders/17/activate', idempotent: false, critical: true },
  criticalPut: { method: 'PUT', endpoint: '/orders/17/assign', idempotent: true, critical: true },
} satisfies Record<string, OperationInfo>;
