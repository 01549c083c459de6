import { generic } from './generic.js';
import { nestedError } from './google.js';
import { errorList } from './graphql.js';
import type { Adapter } from './types.js';

/**
 * Object adapters, most specific first; each fills only what the ones before it left empty.
 * 1. nestedError  `{error: {...}}`: Google (ErrorInfo, RetryInfo, BadRequest), Azure, Stripe
 * 2. generic      flat fields: Ormuco envelope, Fluent events and `{message, status}`, OAuth,
 *                 problem+json (see generic.ts for where each format keeps what)
 * 3. errorList    `errors[]` (GraphQL incl. Fluent `C0001E`, Fluent REST, JSON:API),
 *                 `detail[]` (FastAPI), `message[]` (NestJS), `errors: {field: [..]}` maps
 * Each vendor's code → kind table is in codes.ts.
 */
export const ADAPTERS: readonly Adapter[] = [nestedError, generic, errorList];
