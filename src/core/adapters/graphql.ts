import { first, list, own, text, toStatus } from '../text.js';
import { fieldList } from './fields.js';
import { decodeFluent } from './fluent.js';
import { saysNotPublic } from './public.js';
import type { Adapter } from './types.js';

/**
 * A list of errors: GraphQL `errors[]` (Fluent `C0001E` codes included, often with HTTP 200),
 * Fluent REST `{errors: [{code, message}]}`, JSON:API `errors[]`, FastAPI `{detail: [...]}`,
 * NestJS `{message: [...]}`, or a validation map `{errors: {field: [messages]}}`. The first error
 * that is no Fluent warning (else the first entry) gives the code (its own, or GraphQL's
 * `extensions.code` / Spring's `classification`), the status and, when the body has none of its
 * own, the message; every error that points at a field becomes a field error.
 */
export const errorList: Adapter = (b) => {
  const errors = own(b, 'errors');
  const arr = list(errors) ?? list(own(b, 'detail')) ?? list(own(b, 'message'));
  // Fluent lists warnings (`C00023W`) beside errors: a warning first must not make the whole
  // response "done, with a warning". Among the first 50, as fieldList reads them.
  const e = arr && (arr.slice(0, 50).find((x) => !isWarning(x)) ?? arr[0]);
  const raw = rawCode(e);
  const status = toStatus(raw);
  const code = status ? undefined : raw;
  return {
    ...decodeFluent(code),
    code,
    status: status ?? first(e, 'status', toStatus),
    title: first(e, 'title'),
    message: text(e) ?? first(e, 'message detail msg'),
    fieldErrors: fieldList(arr ?? errors),
    // That error's own "not public" holds for the message taken from it.
    public: saysNotPublic(e) ? false : undefined,
  };
};

/** An error's own code, GraphQL's `extensions.code`, or Spring's `classification`. */
const rawCode = (e: unknown): string | undefined => {
  const ext = own(e, 'extensions');
  return text(own(e, 'code') ?? own(ext, 'code') ?? own(ext, 'classification') ?? own(e, 'type'));
};

const isWarning = (e: unknown) => decodeFluent(rawCode(e))?.severity == 'warning';
