import type { FieldError } from '../types.js';
import { first, isObj, list, own, text } from '../text.js';
import { saysNotPublic } from './public.js';

/** At most this many field errors: a form with 10,000 broken rows still renders. */
export const MAX_FIELD_ERRORS = 50;

/**
 * Where an error points: GraphQL `path`, FastAPI `loc` (without its `body`/`query` prefix),
 * JSON:API `source.pointer` or RFC 9457 `pointer` (as a dotted name), or a named field. All
 * three paths become one list of segments, capped at 20.
 */
export function fieldOf(e: unknown): string | undefined {
  const loc = list(own(e, 'loc'));
  const pointer = text(own(own(e, 'source'), 'pointer') ?? own(e, 'pointer'));
  const path = (
    list(own(e, 'path')) ??
    loc ??
    pointer?.replace(/^#?\/(data\/(attributes|relationships)\/)?/, '').split('/')
  )
    ?.slice(0, 20)
    .filter((p) => /^[sn]/.test(typeof p));
  if (!path)
    return first(e, 'field param propertyPath target') ?? first(own(e, 'extensions'), 'field');
  if (loc && /^(body|query|path|header|cookie)$/.test(path[0] as string)) path.shift();
  return text(path.join('.'));
}

/** Field errors that said they are not public: they tell the kind, and are never shown. */
const PRIVATE = new WeakSet<FieldError>();

/** A field error that may be shown (when the error is public at all). */
export const showable = (f: FieldError): boolean => !PRIVATE.has(f);

/**
 * One error object (or plain string) as a field error; `field` overrides where it points. One
 * that says it is not public is marked so, whatever the others say.
 */
function entry(e: unknown, field = fieldOf(e)): FieldError | undefined {
  const message = text(e) ?? first(e, 'message msg detail description title');
  if (!message) return undefined;
  const f = { field, message, code: first(e, 'code type') ?? first(own(e, 'extensions'), 'code') };
  if (saysNotPublic(e)) PRIVATE.add(f);
  return f;
}

/**
 * Field errors from a list of error objects (GraphQL, JSON:API, FastAPI, RFC 9457, Azure
 * `details`) or a framework map `{field: [messages]}` (Rails, Laravel, ASP.NET). A lone error
 * that points nowhere is the main message, not a field error.
 */
export function fieldList(errors: unknown): FieldError[] | undefined {
  const out: FieldError[] = [];
  const arr = list(errors);
  // A list is one group whose errors say where they point; a map names the field of each group.
  // Only the first names of a map are read: a huge map (or a typed array an app handed over)
  // costs no more than a small one.
  const names: string[] = [];
  if (!arr && isObj(errors) && !ArrayBuffer.isView(errors))
    for (const k in errors) {
      if (names.length == MAX_FIELD_ERRORS) break;
      if (Object.hasOwn(errors, k)) names.push(k);
    }
  const groups = arr
    ? [['', arr] as const]
    : names.map((k) => [k, list(own(errors, k)) ?? [own(errors, k)]] as const);
  for (const [field, es] of groups)
    for (const e of es.slice(0, MAX_FIELD_ERRORS)) {
      const f = entry(e, text(field));
      if (f && out.length < MAX_FIELD_ERRORS) out.push(f);
    }
  return out.length > 1 || out[0]?.field ? out : undefined;
}
