import type { CodeTable } from './types.js';

/**
 * Ormuco's error `key`s by kind (the envelope itself is read by the generic adapter).
 * `forbidden`, `not_found`, `conflict` and `payload_too_large` name their kind already.
 * `credit_card_check` is a 403, but it means a declined card, not missing access: the request
 * was valid and failed, so `request_failed` (the code keeps the detail). `token_required` is
 * Ormuco's 499. `gateway_timeout` comes with a 503 yet is a timeout.
 */
export const ORMUCO_CODES: CodeTable = {
  validation: 'bad_request',
  unauthenticated: 'unauthorized token_required',
  request_failed: 'credit_card_check',
  unsupported: 'not_allowed not_acceptable',
  timeout: 'request_timeout gateway_timeout',
  rate_limited: 'too_many_requests',
  server: 'server_error sql_multiple_results_found missing_defaul_value',
  unavailable: 'bad_gateway service_unavailable',
};
