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
  // Fluent lists warnings (`C00023W`) beside errors: a warning first must not make the whole
  // response "done, with a warning". The first error with a code speaks for the rest (a bare
  // "Exception while fetching data" before a permission code says less than the code does).
  const e = arr && (primary(arr, true) ?? primary(arr, false) ?? arr[0]);
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
    // The first error's own "not public" holds for the message taken from it.
    public: saysNotPublic(e) ? false : undefined,
  };
};

/** An error's own code, GraphQL's `extensions.code`, or Spring's `classification`. */
const rawCode = (e: unknown): string | undefined => {
  const ext = own(e, 'extensions');
  return text(own(e, 'code') ?? own(ext, 'code') ?? own(ext, 'classification') ?? own(e, 'type'));
};

/** The first entry that is no Fluent warning (and, when `coded`, has a code). */
const primary = (arr: readonly unknown[], coded: boolean): unknown =>
  arr.find((e) => {
    const code = rawCode(e);
    return (!coded || code) && decodeFluent(code)?.severity != 'warning';
  });
