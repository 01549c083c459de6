import { FLUENT_CODES } from './fluent.js';
import { generic } from './generic.js';
import { GOOGLE_CODES, nestedError } from './google.js';
import { GRAPHQL_CODES, errorList } from './graphql.js';
import { OAUTH_CODES } from './oauth.js';
import { OMILIA_CODES } from './omilia.js';
import { ORMUCO_CODES } from './ormuco.js';
import type { Adapter, CodeTable } from './types.js';

/**
 * Object adapters, most specific first; each fills only what the ones before it left empty.
 * 1. nestedError  `{error: {...}}`: Google (ErrorInfo, RetryInfo, BadRequest), Azure, Stripe
 * 2. generic      flat fields: Ormuco envelope, Fluent events and `{message, status}`, OAuth,
 *                 problem+json (see FLAT for where each format keeps what)
 * 3. errorList    `errors[]` (GraphQL incl. Fluent `C0001E`, Fluent REST, JSON:API),
 *                 `detail[]` (FastAPI), `message[]` (NestJS), `errors: {field: [..]}` maps
 */
export const ADAPTERS: readonly Adapter[] = [nestedError, generic, errorList];

/** Every vendor's code → kind table; a new vendor adds its table here. */
export const CODE_TABLES: readonly CodeTable[] = [
  ORMUCO_CODES,
  OAUTH_CODES,
  GRAPHQL_CODES,
  GOOGLE_CODES,
  FLUENT_CODES,
  OMILIA_CODES,
];
