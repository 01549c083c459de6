import type { FieldError } from '../types.js';
import { first, isObj, list, own, text } from '../text.js';

/** At most this many field errors: a form with 10,000 broken rows still renders. */
export const MAX_FIELD_ERRORS = 50;

const MESSAGE_KEYS = ['message', 'msg', 'detail', 'description', 'title'] as const;
const CODE_KEYS = ['code', 'type'] as const;
const NAME_KEYS = ['field', 'param', 'propertyPath', 'target'] as const;

/**
 * Where an error points: GraphQL `path`, FastAPI `loc` (without its `body`/`query` prefix),
 * JSON:API `source.pointer` or RFC 9457 `pointer` (as a dotted name), or a named field.
 */
export function fieldOf(e: unknown): string | undefined {
  const loc = list(own(e, 'loc'));
  const path = (list(own(e, 'path')) ?? loc)?.slice(0, 20).filter((p) => /^[sn]/.test(typeof p));
  if (path) {
    if (loc && /^(body|query|path|header|cookie)$/.test(String(path[0]))) path.shift();
    return text(path.join('.'));
  }
  const pointer = text(own(own(e, 'source'), 'pointer') ?? own(e, 'pointer'));
  if (pointer)
    return (
      pointer.replace(/^#?\/(data\/(attributes|relationships)\/)?/, '').replace(/\//g, '.') ||
      undefined
    );
  return first(e, NAME_KEYS) ?? first(own(e, 'extensions'), ['field']);
}

/** One error object (or plain string) as a field error; `field` overrides where it points. */
function entry(e: unknown, field = fieldOf(e)): FieldError | undefined {
  const message = text(e) ?? first(e, MESSAGE_KEYS);
  if (!message) return undefined;
  const ext = own(e, 'extensions');
  const code = first(e, CODE_KEYS) ?? first(ext, ['code']);
  return { field, message, code };
}

/**
 * Field errors from a list of error objects (GraphQL, JSON:API, FastAPI, RFC 9457, Azure
 * `details`) or a framework map `{field: [messages]}` (Rails, Laravel, ASP.NET). A lone error
 * that points nowhere is the main message, not a field error.
 */
export function fieldList(errors: unknown): FieldError[] | undefined {
  const out: FieldError[] = [];
  const add = (f?: FieldError) => f && out.length < MAX_FIELD_ERRORS && out.push(f);
  const arr = list(errors);
  if (arr) arr.slice(0, MAX_FIELD_ERRORS).forEach((e) => add(entry(e)));
  else if (isObj(errors))
    for (const field of Object.keys(errors).slice(0, MAX_FIELD_ERRORS)) {
      const v = own(errors, field);
      (list(v) ?? [v]).slice(0, MAX_FIELD_ERRORS).forEach((e) => add(entry(e, text(field))));
    }
  return out.length > 1 || out[0]?.field ? out : undefined;
}
