import type { CodeTable } from './adapters/types.js';

/**
 * HTTP status → kind, for when the payload names no better kind (an empty body, a gateway page).
 * Same shape as the vendor code tables. 402 is Omilia's "Request Failed" (valid parameters, the
 * request still failed); 499 is Ormuco's "Token Required"; 408 and 504 are timeouts; 502/503 say
 * the service is down for now. Other 4xx are `request_failed`, other 5xx `server`.
 */
export const STATUS_KINDS: CodeTable = {
  validation: '400 411 422',
  unauthenticated: '401 499',
  request_failed: '402',
  forbidden: '403',
  not_found: '404 410',
  unsupported: '405 406 415 501',
  timeout: '408 504',
  conflict: '409 412 423 428',
  payload_too_large: '413 414 431',
  rate_limited: '429',
  unavailable: '502 503',
};
