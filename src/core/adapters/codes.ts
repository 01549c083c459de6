/**
 * Every source's machine codes and the HTTP statuses, one line per kind in ERROR_KINDS order
 * (lines joined by "|", codes by spaces; split once at load, matched in snake case). Codes that
 * name their kind (`forbidden`, `NOT_FOUND`, `UNAUTHENTICATED`, `conflict`…) need no entry:
 * code-kinds.ts recognises them. A new vendor adds its codes to the lines of their kinds.
 *
 * - HTTP: for when the payload names no better kind (an empty body, a gateway page). 402 is
 *   Omilia's "Request Failed" (valid parameters, the request still failed); 499 is Ormuco's
 *   "Token Required"; 408 and 504 are timeouts; 502/503 say the service is down for now. Other
 *   4xx are `request_failed`, other 5xx `server` (code-kinds.ts).
 * - Ormuco `key`s: bad_request … missing_defaul_value (sic). `credit_card_check` is a 403, but it
 *   means a declined card, not missing access: the request was valid and failed, so
 *   `request_failed` (the code keeps the detail). So are `sql_multiple_results_found` and
 *   `missing_defaul_value`: sent as 500s, but the same parameters fail the same way, and the seed's
 *   answer is "verify the parameters or contact Ormuco", not a retry. `gateway_timeout` comes
 *   with a 503 yet is a timeout.
 * - OAuth (RFC 6749 / 6750) errors, from a body `{error, error_description}` or a
 *   `WWW-Authenticate: Bearer error="…"` challenge: invalid_grant … temporarily_unavailable.
 *   Fluent answers a missing token with `unauthorized`.
 * - GraphQL `extensions.code` (Apollo) and `classification` (Spring): bad_user_input …
 *   internal_error (Spring's `bad_request` is Ormuco's too).
 * - Google / gRPC canonical statuses: invalid_argument … cancelled. `FAILED_PRECONDITION` and
 *   `ABORTED` mean the resource moved on: reload it (`conflict`).
 * - Fluent REST codes and event statuses: not_null, failed, no_match (no ruleset or entity
 *   matched the event). `InvalidInput` is left to the status (Fluent sends it with 401) unless its
 *   message names the problem (MESSAGE_CODES).
 * - Omilia names no codes, only statuses. Its most common 403, "No available licenses", gets a
 *   code of its own (see MESSAGE_CODES) because the fix differs: a licence, not a role.
 */
// prettier-ignore
export const CODES =
  /* validation */ '400 411 422 bad_request invalid_request invalid_scope bad_user_input graphql_validation_failed graphql_parse_failed validation_error invalid_argument out_of_range not_null|' +
  /* unauthenticated */ '401 499 unauthorized token_required invalid_grant invalid_token invalid_client|' +
  /* forbidden */ '403 unauthorized_client access_denied insufficient_scope permission_denied no_available_licenses no_retailer|' +
  /* not_found */ '404 410 no_match|' +
  /* conflict */ '409 412 423 428 already_exists aborted failed_precondition|' +
  /* payload_too_large */ '413 414 431|' +
  /* rate_limited */ '429 too_many_requests resource_exhausted|' +
  /* request_failed */ '402 credit_card_check failed sql_multiple_results_found missing_defaul_value|' +
  /* timeout */ '408 504 request_timeout gateway_timeout deadline_exceeded|' +
  /* unavailable */ '502 503 bad_gateway service_unavailable temporarily_unavailable|' +
  /* server */ 'server_error internal_server_error internal_error internal data_loss|' +
  /* network */ '|' +
  /* aborted */ 'cancelled|' +
  /* unsupported */ '405 406 415 501 not_allowed not_acceptable unsupported_grant_type unsupported_response_type unsupported_token_type unimplemented method_not_supported';

/** Codes that say only "something was wrong": a MESSAGE_CODES match may name it better. */
export const CATCH_ALL_CODES: ReadonlySet<string> = new Set(['InvalidInput']);

/**
 * Vendor messages that identify a code when the payload carries none, or only a catch-all one
 * (CATCH_ALL_CODES).
 */
export const MESSAGE_CODES: readonly (readonly [RegExp, string, limit?: true])[] = [
  [/no available licen[cs]es/i, 'no_available_licenses'],
  // Fluent: an account set up without a retailer (sent as a 401 InvalidInput, yet no sign-in
  // helps), and a wrong HTTP method (sent as a 500, yet no retry helps).
  [/has no retailer/i, 'no_retailer'],
  [/request method '?\w+'? (?:is )?not supported/i, 'method_not_supported'],
  // Omnium's rate limits (troubleshooting seed): which limit was hit decides what to wait for.
  // First match wins, so the specific ones come before the plain concurrency limit. Marked
  // `true`: they name a limit only when the status is no other client error (a 429, a server
  // error, GraphQL's 200, or none known), since their words say "wait": a 400 "Batch operation
  // exceeds the limit of 1000 items" is a payload to fix, not a queue to wait in.
  [
    /concurrent batch|batch (?:operation|job)s?\b[^.]*(?:limit|concurren)/i,
    'batch_concurrency_limit',
    true,
  ],
  [/token bucket/i, 'token_bucket_exhausted', true],
  [
    /concurren(?:t requests|cy limit)[^.]*\btenant|\btenant[^.]*concurren(?:t requests|cy limit)/i,
    'tenant_concurrency_limit',
    true,
  ],
  [
    /concurren(?:t requests|cy limit)[^.]*\buser|\buser[^.]*concurren(?:t requests|cy limit)/i,
    'user_concurrency_limit',
    true,
  ],
  [/concurren(?:t requests|cy limit)/i, 'concurrency_limit', true],
];
