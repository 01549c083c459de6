import { first, list, own, text, toStatus } from '../text.js';
import { fieldList } from './fields.js';
import { decodeFluent } from './fluent.js';
import { saysNotPublic } from './public.js';
import type { Adapter } from './types.js';

/**
 * A list of errors: GraphQL `errors[]` (Fluent `C0001E` codes included, often with HTTP 200),
 * Fluent REST `{errors: [{code, message}]}`, JSON:API `errors[]`, FastAPI `{detail: [...]}`,
 * NestJS `{message: [...]}`, or a validation map `{errors: {field: [messages]}}`. The first error
 * gives the code (its own, or GraphQL's `extensions.code` / Spring's `classification`) and, when
 * the body has none of its own, the message; every error that points at a field becomes a field
 * error.
 */
export const errorList: Adapter = (b) => {
  const errors = own(b, 'errors');
  const arr = list(errors) ?? list(own(b, 'detail')) ?? list(own(b, 'message'));
  const e = arr?.[0];
  const ext = own(e, 'extensions');
  const raw = text(
    own(e, 'code') ?? own(ext, 'code') ?? own(ext, 'classification') ?? own(e, 'type'),
  );
  const status = toStatus(raw);
  const code = status ? undefined : raw;
  return {
    ...decodeFluent(code),
    code,
    status: status ?? first(e, 'status', toStatus),
    title: first(e, 'title'),
    message: text(e) ?? first(e, 'message detail msg'),
    fieldErrors: fieldList(arr ?? errors),
    // The first error's own "not public" holds for the message taken from it.
    public: saysNotPublic(e) ? false : undefined,
  };
};
