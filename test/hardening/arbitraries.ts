import fc from 'fast-check';

/** Every property run in this folder: seeded, so a failure replays exactly. */
export const SEED = 20261122;
export const runs = (numRuns: number) => ({ seed: SEED, numRuns });

/** Marks prose that must stay hidden when the error is not public. */
export const PRIVATE = 'Pv7k';

/** Arbitrary text, with the hostile characters fc.string() rarely draws. */
export const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '"',
      "'",
      '&',
      '\u202E',
      '\u2066',
      '\u200B',
      '\uD800',
      '\u0000',
      'a',
      ' ',
    ),
    maxLength: 20,
  }),
  fc.constantFrom(
    'C0001E',
    'S0001W',
    'invalid_grant',
    'FAILED',
    'conflict',
    '401',
    'about:blank',
    '__proto__',
  ),
);

/** Prose for a message field: carries PRIVATE so a test can look for it on screen. */
const prose = anyText.map((s) => `${PRIVATE} ${s}`);

/**
 * For a code or id field: a code, or a private sentence a server put there (always two words
 * or more: a lone private token passes for a code, which the kit cannot tell apart).
 */
const token = fc.oneof(
  anyText,
  anyText.map((s) => `${PRIVATE} host ${s}`),
);

const status = fc.integer({ min: 100, max: 599 });

/** Objects shaped like each adapter's format, with arbitrary strings in every field. */
export const shaped = fc.oneof(
  fc.record(
    {
      code: status,
      title: prose,
      message: prose,
      key: token,
      public: fc.boolean(),
      error_id: token,
    },
    { requiredKeys: ['message', 'key', 'public'] },
  ),
  fc.record({
    data: fc.constant(null),
    errors: fc.array(
      fc.record(
        {
          message: prose,
          path: fc.array(fc.oneof(anyText, fc.nat(20)), { maxLength: 4 }),
          extensions: fc.record({ code: token, classification: token }, { requiredKeys: [] }),
        },
        { requiredKeys: ['message'] },
      ),
      { minLength: 1, maxLength: 4 },
    ),
  }),
  fc.record({
    errors: fc.array(fc.record({ code: token, message: prose }), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ eventId: token, entityId: token, eventStatus: token, errorMessage: prose }),
  fc.record({ message: prose, status }),
  fc.record({ error: token, error_description: prose }),
  fc.record(
    {
      type: token,
      title: prose,
      status,
      detail: prose,
      instance: token,
      errors: fc.array(fc.record({ detail: prose, pointer: anyText }), { maxLength: 3 }),
    },
    { requiredKeys: ['title', 'detail'] },
  ),
  fc.record({
    error: fc.record(
      {
        code: status,
        status: anyText,
        message: prose,
        details: fc.array(
          fc.oneof(
            fc.record({
              '@type': fc.constant('type.googleapis.com/google.rpc.ErrorInfo'),
              reason: token,
            }),
            fc.record({
              '@type': fc.constant('type.googleapis.com/google.rpc.RetryInfo'),
              retryDelay: anyText,
            }),
            fc.record({
              '@type': fc.constant('type.googleapis.com/google.rpc.RequestInfo'),
              requestId: token,
            }),
            fc.record({
              '@type': fc.constant('type.googleapis.com/google.rpc.BadRequest'),
              fieldViolations: fc.array(fc.record({ field: anyText, description: prose }), {
                maxLength: 3,
              }),
            }),
          ),
          { maxLength: 4 },
        ),
      },
      { requiredKeys: ['message'] },
    ),
  }),
  fc.record({
    errors: fc.dictionary(anyText, fc.array(prose, { minLength: 1, maxLength: 2 }), { maxKeys: 4 }),
  }),
  fc.record({
    detail: fc.array(
      fc.record({ loc: fc.array(anyText, { maxLength: 3 }), msg: prose, type: token }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
  }),
);

/** What an app hands the kit: a parsed body, the same body as text, markup or any value. */
export const payloads = fc.oneof(
  shaped,
  shaped.map((b) => JSON.stringify(b)),
  prose.map((m) => `<Error><Code>X</Code><Message>${m}</Message></Error>`),
  prose.map((m) => `<html><head><title>502 ${m}</title></head><body>${m}</body></html>`),
  prose,
  fc.anything(),
  fc.json(),
);
