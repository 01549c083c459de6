import type { NormalizeInit } from '../../src/core/types.js';

/**
 * Hostile text, and every place a supported format can carry it. Each payload holds MARK, so a
 * test can tell whether payload text reached the screen or a ticket without knowing how the kit
 * reshaped it (trimmed, capped, redacted).
 */
export const MARK = 'Zq9x';

/** 2 MB: far beyond any cap, so a missing cap shows up as megabytes of DOM text. */
const TWO_MB = 2 * 1024 * 1024;

/** Explicit bidi embeddings, overrides and isolates (Trojan Source). */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

export const PAYLOADS: readonly { name: string; text: string }[] = [
  { name: 'script tag', text: `<script>alert('${MARK}')</script>` },
  { name: 'attribute breakout', text: `"><script src=https://evil.example/${MARK}.js></script>` },
  { name: 'img onerror', text: `<img src=x onerror="alert('${MARK}')">` },
  { name: 'svg onload', text: `<svg onload=alert('${MARK}')><circle r=1 /></svg>` },
  {
    name: 'iframe srcdoc',
    text: `<iframe srcdoc="&lt;script&gt;alert('${MARK}')&lt;/script&gt;"></iframe>`,
  },
  { name: 'javascript: URL', text: `javascript:alert('${MARK}')` },
  { name: 'data: URL', text: `data:text/html,<script>alert('${MARK}')</script>` },
  { name: 'anchor', text: `<a href="javascript:alert('${MARK}')">${MARK}</a>` },
  { name: 'template', text: `<template><img src=x onerror=alert('${MARK}')></template>` },
  { name: 'style', text: `<style>*{background:url(https://evil.example/${MARK})}</style>` },
  {
    name: 'template injection',
    text: `{{constructor.constructor('alert("${MARK}")')()}} \${alert('${MARK}')}`,
  },
  { name: 'i18next nesting', text: `$t(kinds.server.headline) {{vendor}} ${MARK} {{- vendor}}` },
  {
    name: 'markdown link',
    text: `[${MARK}](javascript:alert(1)) ![x](https://evil.example/${MARK}.png)`,
  },
  { name: 'plain URL', text: `https://evil.example/${MARK}?next=javascript:alert(1)` },
  {
    name: 'html page',
    text: `<!--${MARK}--><!DOCTYPE html><html><body onload=alert(1)>x</body></html>`,
  },
  { name: 'math xlink', text: `<math><mi xlink:href="javascript:alert('${MARK}')">x</mi></math>` },
  {
    name: 'object and base',
    text: `<object data="data:text/html,${MARK}"></object><base href="https://evil.example/">`,
  },
  {
    name: 'form action',
    text: `<form action=javascript:alert('${MARK}')><button>${MARK}</button></form>`,
  },
  { name: 'bidi override', text: `invoice_\u202Efdp.exe ${MARK}\u202C done` },
  { name: 'bidi isolates', text: `\u2066${MARK}\u2069 \u2067rtl\u2069 \u2068first strong ${MARK}` },
  { name: 'bidi embeddings', text: `\u202A${MARK}\u202B \u202D ${MARK}` },
  { name: 'zero-width', text: `${MARK}\u200B\u200C\u200D\u2060\uFEFF${MARK}` },
  { name: 'lone surrogates', text: `${MARK} \uD800 \uDFFF x\uD83D ${MARK}` },
  // 4 + 2n: the 500-character cap falls between the two halves of an emoji.
  { name: 'emoji across the cap', text: MARK + '\u{1F600}'.repeat(600) },
  { name: 'control characters', text: `${MARK}\u0000\u0007\u001b[31m\r\n\u2028\u2029${MARK}` },
  { name: '2 MB text', text: MARK + 'A'.repeat(TWO_MB) },
  { name: '2 MB markup', text: `<b>${MARK}</b>`.repeat(Math.ceil(TWO_MB / 11)) },
];

/**
 * One hostile field of one format. `input`/`init` are what an app would hand the kit.
 * `message`: the field is prose (title, message, detail, description); it may reach the screen
 * only when the error is public. Other fields (codes, ids, field names) may show as text.
 * `publicFalse`: the case must normalize to `public: false` (5xx, explicit `public: false`,
 * markup and text bodies, thrown errors): none of its prose may show.
 */
export interface Placement {
  format: string;
  field: string;
  message: boolean;
  publicFalse: boolean;
  input: unknown;
  init: NormalizeInit;
}

type Build = (p: string, status: number) => unknown;

interface Slot {
  format: string;
  field: string;
  message: boolean;
  build: Build;
  /** Headers carry the payload instead of (or beside) the body. */
  headers?: (p: string) => Record<string, string>;
  /** The body is text, markup or a thrown error: never public, whatever the status. */
  neverPublic?: boolean;
  /** Ormuco's envelope says `public` itself. */
  ormuco?: boolean;
}

const ormuco = (over: Record<string, unknown>, pub: boolean) => (_p: string, status: number) => ({
  code: status,
  title: 'Conflict',
  message: 'The order moved on.',
  key: 'conflict',
  public: pub,
  error_id: 'err-7f3a',
  ...over,
});

/** Every field of every format the seeds and the spec name, with `p` in it. */
function slots(pub: boolean): Slot[] {
  const o = (field: string, message: boolean): Slot => ({
    format: `ormuco public ${pub}`,
    field,
    message,
    ormuco: true,
    build: (p, status) => ormuco({ [field]: p }, pub)(p, status),
  });
  return [
    o('title', true),
    o('message', true),
    o('key', false),
    o('error_id', false),
    {
      format: 'fluent graphql',
      field: 'errors[].message',
      message: true,
      build: (p) => ({ data: null, errors: [{ message: p, extensions: { code: 'C0001E' } }] }),
    },
    {
      format: 'fluent graphql',
      field: 'errors[].extensions.code',
      message: false,
      build: (p) => ({ errors: [{ message: 'Query too complex', extensions: { code: p } }] }),
    },
    {
      format: 'fluent graphql',
      field: 'errors[].path',
      message: false,
      build: (p) => ({
        errors: [
          { message: 'must not be null', path: ['createOrder', p], extensions: { code: 'C0141E' } },
          { message: 'too long', path: ['createOrder', 'ref'] },
        ],
      }),
    },
    {
      format: 'fluent rest',
      field: 'errors[].message',
      message: true,
      build: (p) => ({ errors: [{ code: '400', message: p }] }),
    },
    {
      format: 'fluent rest',
      field: 'errors[].code',
      message: false,
      build: (p) => ({ errors: [{ code: p, message: 'Bad request' }] }),
    },
    {
      format: 'fluent event',
      field: 'errorMessage',
      message: true,
      build: (p) => ({ eventId: 'ev-1', entityId: 'o-17', eventStatus: 'FAILED', errorMessage: p }),
    },
    {
      format: 'fluent event',
      field: 'eventId',
      message: false,
      build: (p) => ({ eventId: p, entityId: 'o-17', eventStatus: 'FAILED', errorMessage: 'x' }),
    },
    {
      format: 'fluent event',
      field: 'eventStatus',
      message: false,
      build: (p) => ({ eventId: 'ev-1', entityId: p, eventStatus: p, errorMessage: 'x' }),
    },
    {
      format: 'message/status',
      field: 'message',
      message: true,
      build: (p, status) => ({ message: p, status }),
    },
    {
      format: 'oauth',
      field: 'error_description',
      message: true,
      build: (p) => ({ error: 'invalid_grant', error_description: p }),
    },
    {
      format: 'oauth',
      field: 'error',
      message: false,
      build: (p) => ({ error: p, error_description: 'x' }),
    },
    ...(['title', 'detail', 'instance'] as const).map((field): Slot => ({
      format: 'problem+json',
      field,
      message: true,
      build: (p, status) => ({
        type: 'https://example.com/probs/out-of-credit',
        title: 'Not enough credit',
        status,
        detail: 'Your balance is 30.',
        instance: '/account/1/msgs/abc',
        [field]: p,
      }),
    })),
    {
      format: 'problem+json',
      field: 'type',
      message: false,
      build: (p, status) => ({ type: p, title: 'Invalid', status }),
    },
    {
      format: 'problem+json',
      field: 'errors[].detail',
      message: true,
      build: (p, status) => ({
        type: 'about:blank',
        title: 'Invalid',
        status,
        errors: [
          { detail: p, pointer: '#/age' },
          { detail: 'must be red', pointer: '#/color' },
        ],
      }),
    },
    {
      format: 'problem+json',
      field: 'errors[].pointer',
      message: false,
      build: (p, status) => ({
        title: 'Invalid',
        status,
        errors: [
          { detail: 'bad', pointer: `#/${p}` },
          { detail: 'bad', pointer: '#/color' },
        ],
      }),
    },
    {
      format: 'google',
      field: 'error.message',
      message: true,
      build: (p, status) => ({ error: { code: status, status: 'INVALID_ARGUMENT', message: p } }),
    },
    {
      format: 'google',
      field: 'error.status',
      message: false,
      build: (p, status) => ({ error: { code: status, status: p, message: 'x' } }),
    },
    {
      format: 'google',
      field: 'error.details[]',
      message: false,
      build: (p, status) => ({
        error: {
          code: status,
          status: 'INVALID_ARGUMENT',
          message: 'Invalid order',
          details: [
            { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: p, domain: p },
            { '@type': 'type.googleapis.com/google.rpc.RequestInfo', requestId: p },
            { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: p },
            {
              '@type': 'type.googleapis.com/google.rpc.BadRequest',
              fieldViolations: [
                { field: p, description: 'bad' },
                { field: 'ref', description: 'bad' },
              ],
            },
          ],
        },
      }),
    },
    {
      format: 'google',
      field: 'fieldViolations[].description',
      message: true,
      build: (p, status) => ({
        error: {
          code: status,
          message: 'Invalid order',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.BadRequest',
              fieldViolations: [
                { field: 'qty', description: p },
                { field: 'ref', description: p },
              ],
            },
          ],
        },
      }),
    },
    {
      format: 'validation map',
      field: 'field name',
      message: false,
      build: (p) => ({ errors: { [p]: ['is required'], email: ['is invalid'] } }),
    },
    {
      format: 'validation map',
      field: 'message',
      message: true,
      build: (p) => ({ errors: { name: [p, p], email: [p] } }),
    },
    {
      format: 'fastapi detail',
      field: 'msg',
      message: true,
      build: (p) => ({
        detail: [
          { loc: ['body', 'ref'], msg: p, type: 'value_error' },
          { loc: ['body', 'qty'], msg: p, type: 'value_error' },
        ],
      }),
    },
    {
      format: 'fastapi detail',
      field: 'loc/type',
      message: false,
      build: (p) => ({
        detail: [
          { loc: ['body', p], msg: 'bad', type: p },
          { loc: ['body', 'qty'], msg: 'bad', type: 'value_error' },
        ],
      }),
    },
    {
      format: 'xml',
      field: 'Message',
      message: true,
      neverPublic: true,
      build: (p) =>
        `<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>${p}</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>`,
    },
    {
      format: 'xml',
      field: 'Code/RequestId',
      message: false,
      neverPublic: true,
      build: (p) =>
        `<Error><Code>${p}</Code><Message>x</Message><RequestId>${p}</RequestId></Error>`,
    },
    {
      format: 'xml escaped',
      field: 'Message',
      message: true,
      neverPublic: true,
      build: (p) =>
        `<Error><Code>AccessDenied</Code><Message>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</Message></Error>`,
    },
    {
      format: 'html',
      field: 'title/h1/body',
      message: true,
      neverPublic: true,
      build: (p, status) =>
        `<!DOCTYPE html><html><head><title>${status} ${p}</title></head><body><h1>${p}</h1><p>${p}</p></body></html>`,
    },
    {
      format: 'html',
      field: 'Request ID',
      message: false,
      neverPublic: true,
      build: (p) => `<html><body><h1>502 Bad Gateway</h1><p>Request ID: ${p}</p></body></html>`,
    },
    { format: 'text', field: 'body', message: true, neverPublic: true, build: (p) => p },
    {
      format: 'headers',
      field: 'x-request-id',
      message: false,
      build: () => '',
      neverPublic: true,
      headers: (p) => ({ 'x-request-id': p }),
    },
    {
      format: 'headers',
      field: 'www-authenticate error_description',
      message: true,
      neverPublic: true,
      build: () => '',
      headers: (p) => ({
        'www-authenticate': `Bearer error="invalid_token", error_description="${p.replace(/"/g, "'")}"`,
      }),
    },
    {
      format: 'headers',
      field: 'retry-after/content-type',
      message: false,
      neverPublic: true,
      build: () => '',
      headers: (p) => ({ 'retry-after': p, 'content-type': p }),
    },
    {
      format: 'thrown TypeError',
      field: 'message',
      message: true,
      neverPublic: true,
      build: (p) => new TypeError(p),
    },
    {
      format: 'thrown DOMException',
      field: 'message',
      message: true,
      neverPublic: true,
      build: (p) => new DOMException(p, 'AbortError'),
    },
  ];
}

/**
 * Every slot with `p` in it, public-leaning (a 4xx JSON body, Ormuco `public: true`) and not
 * (a 5xx, Ormuco `public: false`); with `raw`, object bodies also as the raw JSON string.
 * A generator: with a 2 MB payload each placement is megabytes, so only one lives at a time.
 */
export function* placements(p: string, { raw = true } = {}): Generator<Placement> {
  for (const pub of [true, false]) {
    for (const s of slots(pub)) {
      // Ormuco's flag decides by itself; elsewhere a 5xx makes a body private.
      const status = s.ormuco ? 409 : pub ? 400 : 500;
      const publicFalse = s.ormuco ? !pub : !pub || s.neverPublic === true;
      const init: NormalizeInit = {
        status,
        method: 'POST',
        endpoint: '/orders',
        ...(s.headers ? { headers: s.headers(p) } : {}),
      };
      const base = { format: s.format, field: s.field, message: s.message, publicFalse, init };
      const body = s.build(p, status);
      yield { ...base, input: body };
      if (raw && body && typeof body == 'object' && !(body instanceof Error))
        yield { ...base, format: `${s.format} (raw JSON)`, input: JSON.stringify(body) };
    }
  }
}
