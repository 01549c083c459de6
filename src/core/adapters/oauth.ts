import type { CodeTable } from './types.js';

/**
 * RFC 6749 / 6750 error codes, from a body `{error, error_description}` (read by the generic
 * adapter) or a `WWW-Authenticate: Bearer error="…"` challenge (headers.ts). Fluent answers a
 * missing token with `unauthorized`.
 */
export const OAUTH_CODES: CodeTable = {
  unauthenticated: 'invalid_grant invalid_token invalid_client unauthorized',
  forbidden: 'unauthorized_client access_denied insufficient_scope',
  validation: 'invalid_request invalid_scope',
  unsupported: 'unsupported_grant_type unsupported_response_type unsupported_token_type',
  server: 'server_error',
  unavailable: 'temporarily_unavailable',
};
