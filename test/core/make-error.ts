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

/** Real-looking secrets, one of each shape; none is a real credential. */
export const SECRETS = {
  bearer: 'Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0',
  jwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkFkYSJ9.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  stripe: 'sk_live_51HxYzAbCdEfGhIjKlMnOpQr',
  stripeTest: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  publishable: 'pk_live_51HxYzAbCdEfGhIjKlMn',
  github: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  githubOauth: 'gho_16C7e42F292c6912E7710c838347Ae178B4a',
  githubPat: 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz',
  aws: 'AKIAIOSFODNN7EXAMPLE',
  awsSession: 'ASIAJEXAMPLEXEG2JICE',
  slack: 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
  google: 'AIzaSyA1234567890abcdefghijklmnopqrstu',
  card: '4111 1111 1111 1111',
  cardDashed: '5500-0000-0000-0004',
  cardPlain: '378282246310005',
} as const;
