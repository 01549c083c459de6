/**
 * Every source's machine codes by the kind they mean, as "<kind> <code> <code>…" groups joined
 * by "|" (one string per source, split once at load; codes are matched in snake case). A new
 * vendor adds its line here. Codes that name their kind (`forbidden`, `NOT_FOUND`,
 * `UNAUTHENTICATED`, `conflict`…) need no entry: code-kinds.ts recognises them.
 */
// prettier-ignore
export const CODES =
  // HTTP statuses, for when the payload names no better kind (an empty body, a gateway page).
  // 402 is Omilia's "Request Failed" (valid parameters, the request still failed); 499 is
  // Ormuco's "Token Required"; 408 and 504 are timeouts; 502/503 say the service is down for
  // now. Other 4xx are `request_failed`, other 5xx `server`.
  'validation 400 411 422|unauthenticated 401 499|request_failed 402|forbidden 403|' +
  'not_found 404 410|unsupported 405 406 415 501|timeout 408 504|conflict 409 412 423 428|' +
  'payload_too_large 413 414 431|rate_limited 429|unavailable 502 503|' +
  // Ormuco `key`s. `credit_card_check` is a 403, but it means a declined card, not missing
  // access: the request was valid and failed, so `request_failed` (the code keeps the detail).
  // `token_required` is its 499; `gateway_timeout` comes with a 503 yet is a timeout.
  'validation bad_request|unauthenticated unauthorized token_required|' +
  'request_failed credit_card_check|unsupported not_allowed not_acceptable|' +
  'timeout request_timeout gateway_timeout|rate_limited too_many_requests|' +
  'server server_error sql_multiple_results_found missing_defaul_value|' +
  'unavailable bad_gateway service_unavailable|' +
  // RFC 6749 / 6750 (OAuth) errors, from a body `{error, error_description}` or a
  // `WWW-Authenticate: Bearer error="…"` challenge. Fluent answers a missing token with
  // `unauthorized`.
  'unauthenticated invalid_grant invalid_token invalid_client|' +
  'forbidden unauthorized_client access_denied insufficient_scope|' +
  'validation invalid_request invalid_scope|' +
  'unsupported unsupported_grant_type unsupported_response_type unsupported_token_type|' +
  'unavailable temporarily_unavailable|' +
  // GraphQL `extensions.code` (Apollo) and `classification` (Spring).
  'validation bad_user_input graphql_validation_failed graphql_parse_failed validation_error|' +
  'server internal_server_error internal_error|' +
  // Google / gRPC canonical statuses. `FAILED_PRECONDITION` and `ABORTED` mean the resource
  // moved on: reload it (`conflict`).
  'validation invalid_argument out_of_range|forbidden permission_denied|' +
  'conflict already_exists aborted failed_precondition|rate_limited resource_exhausted|' +
  'timeout deadline_exceeded|server internal data_loss|unsupported unimplemented|' +
  'aborted cancelled|' +
  // Fluent REST codes and event statuses (`eventStatus` of an event result is its code).
  // `InvalidInput` is left to the status: Fluent sends it with 401. `no_match`: no ruleset or
  // entity matched the event.
  'validation not_null|request_failed failed|not_found no_match|' +
  // Omilia names no codes, only statuses. Its most common 403, "No available licenses", gets
  // a code of its own (see MESSAGE_CODES) because the fix differs: a licence, not a role.
  'forbidden no_available_licenses';

/** Vendor messages that identify a code when the payload carries none. */
export const MESSAGE_CODES: readonly (readonly [RegExp, string])[] = [
  [/no available licen[cs]es/i, 'no_available_licenses'],
];
