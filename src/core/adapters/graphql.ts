import { first, list, own, text, toStatus } from '../text.js';
import { fieldList } from './fields.js';
import { decodeFluent } from './fluent.js';
import type { Adapter, CodeTable } from './types.js';

/**
 * GraphQL `extensions.code` (Apollo) and `classification` (Spring). `UNAUTHENTICATED`,
 * `FORBIDDEN` and `NOT_FOUND` name their kind already.
 */
export const GRAPHQL_CODES: CodeTable = {
  validation:
    'bad_user_input graphql_validation_failed graphql_parse_failed validation_error bad_request',
  server: 'internal_server_error internal_error',
};

/**
 * A list of errors: GraphQL `errors[]` (Fluent `C0001E` codes included, often with HTTP 200),
 * Fluent REST `{errors: [{code, message}]}`, JSON:API `errors[]`, FastAPI `{detail: [...]}`,
 * NestJS `{message: [...]}`, or a validation map `{errors: {field: [messages]}}`. The first error
 * gives the code and, when the body has none of its own, the message; every error that points
 * at a field becomes a field error.
 */
export const errorList: Adapter = (b) => {
  const errors = own(b, 'errors');
  const arr = list(errors) ?? list(own(b, 'detail')) ?? list(own(b, 'message'));
  const e = arr?.[0];
  const fieldErrors = fieldList(arr ?? errors);
  const ext = own(e, 'extensions');
  const raw = text(
    own(e, 'code') ?? own(ext, 'code') ?? own(ext, 'classification') ?? own(e, 'type'),
  );
  const status = toStatus(raw);
  const code = status ? undefined : raw;
  return {
    ...decodeFluent(code),
    code,
    status: status ?? toStatus(own(e, 'status')),
    title: text(own(e, 'title')),
    message: text(e) ?? first(e, ['message', 'detail', 'msg']),
    fieldErrors,
  };
};
