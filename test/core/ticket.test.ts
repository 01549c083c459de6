import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/locales/en.js';
import {
  buildTicket,
  formatTicket,
  normalizeError,
  formatTimestamp,
  TICKET_FIELDS,
  TICKET_LABELS_EN,
} from '../../src/core.js';
import type { SupportContext, SupportTicket, TicketFieldKey } from '../../src/core.js';
import { makeError, OPS, SECRETS } from './make-error.js';

const conflict = makeError({
  kind: 'conflict',
  status: 409,
  code: 'conflict',
  vendor: 'ormuco',
  public: true,
  message: 'The order moved on',
  errorId: 'err-7f3a',
  operation: { ...OPS.activate, name: 'ActivateOrder' },
  occurredAt: '2026-11-22T13:03:07.000Z',
});

const context: SupportContext = {
  clientId: 'C-1001',
  tenant: 'acme',
  environment: 'production',
  user: 'ada@example.com',
  timeZone: 'Europe/Oslo',
  ids: { orderId: '17', productId: 'P-9' },
  retries: 2,
  history: 'Order shows "Activated" at 14:02',
  description: 'Activation failed',
  steps: '1. Open order 17\n2. Click Activate',
};

const valueOf = (ticket: SupportTicket, key: TicketFieldKey) =>
  ticket.fields.find((f) => f.key === key)?.value;

describe('buildTicket', () => {
  it('gathers the whole checklist when the app knows everything', () => {
    const ticket = buildTicket(conflict, context, {
      operatorMessage: 'Someone changed this order.',
    });
    expect(ticket.fields.map((f) => f.key)).to.deep.equal([...TICKET_FIELDS]);
    expect(ticket.missing).to.deep.equal([]);
    expect(ticket.gathered).to.equal(ticket.required);
    expect(Object.fromEntries(ticket.fields.map((f) => [f.key, f.value]))).to.deep.equal({
      client: 'C-1001 / acme',
      environment: 'production',
      ids: 'orderId: 17, productId: P-9',
      user: 'ada@example.com',
      timestamp: '2026-11-22 14:03:07 Europe/Oslo (UTC+01:00)',
      endpoint: 'POST /orders/17/activate',
      operation: 'ActivateOrder',
      status: '409 conflict',
      message: 'Someone changed this order. — The order moved on',
      retries: '2',
      history: 'Order shows "Activated" at 14:02',
      errorId: 'err-7f3a',
      description: 'Activation failed',
      steps: '1. Open order 17\n2. Click Activate',
      vendor: 'ormuco',
      code: 'conflict',
    });
  });

  it('lists what is still missing, so the UI can say "n of m gathered"', () => {
    const ticket = buildTicket(
      makeError({ kind: 'network' }),
      {},
      { operatorMessage: 'No connection.' },
    );
    expect(ticket.missing).to.deep.equal([
      'client',
      'environment',
      'ids',
      'user',
      'endpoint',
      'retries',
      'errorId',
      'description',
      'steps',
    ]);
    expect(ticket.required).to.equal(12);
    expect(ticket.gathered).to.equal(3); // timestamp, status, message
  });

  it('asks what the history shows for a critical write, which is never replayed (OmniValVMS)', () => {
    const payment = makeError({ kind: 'request_failed', status: 402, operation: OPS.activate });
    expect(buildTicket(payment, {}).missing).to.include('history');
    expect(buildTicket(payment, { history: 'No charge recorded' }).missing).to.not.include(
      'history',
    );
    expect(buildTicket(conflict, {}).missing).to.include('history');
    const read = makeError({ kind: 'server', status: 500, operation: OPS.read });
    expect(buildTicket(read, {}).missing).to.not.include('history');
  });

  it('takes the default required fields for a list that is no list, never throwing', () => {
    const defaults = buildTicket(conflict, { tenant: 'acme' });
    for (const required of [42, { a: 1 }, 'message', null]) {
      const ticket = buildTicket(conflict, { tenant: 'acme' }, { required: required as never });
      expect(ticket.missing, String(required)).to.deep.equal(defaults.missing);
      expect(ticket.required).to.equal(defaults.required);
    }
  });

  it('lets the app choose which fields are required', () => {
    const ticket = buildTicket(conflict, { tenant: 'acme' }, { required: ['client', 'steps'] });
    expect([ticket.missing, ticket.gathered, ticket.required]).to.deep.equal([['steps'], 1, 2]);
    expect(ticket.fields.filter((f) => f.required).map((f) => f.key)).to.deep.equal([
      'client',
      'steps',
    ]);
  });

  it('counts zero retries as an answer', () => {
    expect(valueOf(buildTicket(conflict, { retries: 0 }), 'retries')).to.equal('0');
  });

  it('adds the entity a Fluent event names to the related IDs, after the app’s', () => {
    const event = normalizeError(
      {
        eventId: 'ev-74d6',
        entityId: '107',
        eventStatus: 'FAILED',
        errorMessage: 'Event has Failed',
      },
      { status: 400, method: 'POST', endpoint: '/api/v4.1/event/sync' },
    );
    expect(valueOf(buildTicket(event, { ids: { orderId: '17' } }), 'ids')).to.equal(
      'entityId: 107, orderId: 17',
    );
    // Named by the payload alone, it fills the field.
    expect(buildTicket(event).missing).to.not.include('ids');
    // The app's own entityId wins over the payload's.
    expect(valueOf(buildTicket(event, { ids: { entityId: 'E-1' } }), 'ids')).to.equal(
      'entityId: E-1',
    );
  });

  it('lists numeric ids, zero included, and ignores ids that are not a record', () => {
    expect(valueOf(buildTicket(conflict, { ids: { orderId: 17, lineId: 0 } }), 'ids')).to.equal(
      'orderId: 17, lineId: 0',
    );
    for (const ids of ['order 17', ['17', '18'], null, { orderId: Number.NaN }])
      expect(buildTicket(conflict, { ids } as never).missing, String(ids)).to.include('ids');
  });

  it('gathers a ticket from null context and options, and from no error at all', () => {
    expect(buildTicket(conflict, null, null).fields).to.have.length(TICKET_FIELDS.length);
    const empty = buildTicket(undefined as never, { user: 'ann' });
    expect(valueOf(empty, 'user')).to.equal('ann');
    expect(
      valueOf(
        buildTicket(
          makeError({
            kind: 'network',
            operation: { method: 5 as never, idempotent: false, critical: false },
          }),
        ),
        'endpoint',
      ),
    ).to.equal('5');
  });

  it('treats blank free text as missing', () => {
    const ticket = buildTicket(conflict, { description: '   ', ids: { orderId: '' } });
    expect(ticket.missing).to.include.members(['description', 'ids']);
  });

  it('takes a context value that is no text or number for missing, never "[object Object]"', () => {
    const context = {
      environment: { name: 'prod' },
      history: ['Activated'],
      user: true,
      description: 'Activation failed',
    } as unknown as SupportContext;
    const ticket = buildTicket(conflict, context);
    expect(ticket.missing).to.include.members(['environment', 'user']);
    expect(ticket.fields.find((f) => f.key === 'history')!.value).to.equal(undefined);
    for (const format of ['text', 'markdown', 'json'] as const)
      expect(formatTicket(ticket, format)).to.not.match(/\[object |\btrue\b/);
  });

  it("carries a public error's field errors, which support can act on (Omnium: response details)", () => {
    const rejected = normalizeError(
      {
        title: 'One or more validation errors occurred.',
        errors: { MarketId: ['The MarketId field is required.'], Name: ['Too long.'] },
      },
      { status: 400, method: 'PUT', endpoint: '/api/orders/17' },
    );
    expect(rejected.public).to.equal(true);
    expect(
      valueOf(buildTicket(rejected, {}, { operatorMessage: 'Check the details.' }), 'message'),
    ).to.equal('Check the details. — MarketId: The MarketId field is required.; Name: Too long.');
    // Fields named like secrets keep their messages: "password: must…" is no password.
    const weak = normalizeError(
      { title: 'Invalid', errors: { password: ['must contain a digit'], signature: ['required'] } },
      { status: 400, method: 'POST', endpoint: '/api/users' },
    );
    expect(valueOf(buildTicket(weak, {}), 'message')).to.equal(
      'password: must contain a digit; signature: required',
    );
    // A one-field payload's message is not said twice: only its field is added.
    const oneField = normalizeError(
      { code: 422, message: 'Email is invalid', field: 'email', key: 'invalid', public: true },
      { status: 422 },
    );
    expect(valueOf(buildTicket(oneField, {}), 'message')).to.equal('Email is invalid — email');
    // A hand-made error whose fieldErrors is not a list still makes a ticket.
    const odd = makeError({ public: true, message: 'x' });
    (odd as unknown as { fieldErrors: unknown }).fieldErrors = 'oops';
    expect(valueOf(buildTicket(odd, {}), 'message')).to.equal('x');
    // A private error's field errors stay out, as its message does.
    const hidden = makeError({
      kind: 'validation',
      public: false,
      fieldErrors: [{ field: 'cardNumber', message: 'Card 4111 1111 1111 1111 refused' }],
    });
    expect(
      valueOf(buildTicket(hidden, {}, { operatorMessage: 'Check the details.' }), 'message'),
    ).to.equal('Check the details.');
  });

  it('never lets a non-public vendor message in', () => {
    const secret = makeError({
      kind: 'server',
      status: 500,
      public: false,
      message: 'NullPointerException at db.Orders',
    });
    const ticket = buildTicket(secret, context, {
      operatorMessage: 'Something went wrong on the server.',
    });
    expect(valueOf(ticket, 'message')).to.equal('Something went wrong on the server.');
    for (const format of ['text', 'markdown', 'json'] as const) {
      expect(formatTicket(ticket, format)).to.not.include('NullPointer');
    }
  });

  it('describes a failure without a status by its kind', () => {
    expect(valueOf(buildTicket(makeError({ kind: 'timeout' })), 'status')).to.equal('timeout');
  });

  it('writes the method in capitals and leaves out what it does not know', () => {
    const ticket = buildTicket(
      makeError({
        operation: { method: 'get', endpoint: '/orders', idempotent: true, critical: false },
      }),
    );
    expect(valueOf(ticket, 'endpoint')).to.equal('GET /orders');
    expect(valueOf(ticket, 'operation')).to.equal(undefined);
    expect(valueOf(ticket, 'vendor')).to.equal(undefined);
  });
});

describe('TICKET_FIELDS', () => {
  it('lists the checklist in the order support reads it, each with an English label', () => {
    expect([...TICKET_FIELDS]).to.deep.equal([
      'client',
      'environment',
      'ids',
      'user',
      'timestamp',
      'endpoint',
      'operation',
      'status',
      'message',
      'retries',
      'history',
      'errorId',
      'description',
      'steps',
      'vendor',
      'code',
    ]);
    for (const key of TICKET_FIELDS) expect(TICKET_LABELS_EN[key], key).to.be.a('string');
  });

  it('labels a core ticket with the English words <support-checklist> uses', () => {
    const catalog = en.support.fields as Record<string, string>;
    for (const key of TICKET_FIELDS)
      expect(TICKET_LABELS_EN[key], key).to.equal(
        catalog[key === 'timestamp' ? 'occurredAt' : key],
      );
  });
});

describe('formatTimestamp', () => {
  const cases: [string, string, string][] = [
    ['2026-11-22T13:03:07Z', 'Europe/Oslo', '2026-11-22 14:03:07 Europe/Oslo (UTC+01:00)'],
    ['2026-07-01T12:00:00Z', 'Europe/Oslo', '2026-07-01 14:00:00 Europe/Oslo (UTC+02:00)'],
    ['2026-11-22T13:03:07Z', 'Asia/Kolkata', '2026-11-22 18:33:07 Asia/Kolkata (UTC+05:30)'],
    [
      '2026-11-22T13:03:07Z',
      'America/St_Johns',
      '2026-11-22 09:33:07 America/St_Johns (UTC-03:30)',
    ],
    [
      '2026-11-22T23:30:00Z',
      'Pacific/Kiritimati',
      '2026-11-23 13:30:00 Pacific/Kiritimati (UTC+14:00)',
    ],
    ['2026-11-22T00:00:00Z', 'UTC', '2026-11-22 00:00:00 UTC (UTC+00:00)'],
    [
      '2026-11-22T14:03:07+01:00',
      'America/New_York',
      '2026-11-22 08:03:07 America/New_York (UTC-05:00)',
    ],
  ];
  for (const [iso, zone, expected] of cases) {
    it(`writes ${iso} in ${zone} as "${expected}"`, () => {
      expect(formatTimestamp(iso, zone)).to.equal(expected);
    });
  }

  it("falls back to the browser's zone for an unknown zone name", () => {
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(formatTimestamp('2026-11-22T13:03:07Z', 'Mars/Olympus')).to.include(` ${own} (UTC`);
    expect(formatTimestamp('2026-11-22T13:03:07Z')).to.include(` ${own} (UTC`);
  });

  it('keeps a timestamp it cannot read as it is', () => {
    expect(formatTimestamp('yesterday', 'UTC')).to.equal('yesterday');
    // A five-digit year: the engine may not read its wall-clock form back (Chromium, Firefox);
    // then the UTC time stands, never a RangeError.
    expect(formatTimestamp('+010000-01-01T00:00:00.000Z', 'UTC')).to.include('10000-01-01');
  });
});

describe('formatTicket', () => {
  const ticket = buildTicket(conflict, context, { operatorMessage: 'Someone changed this order.' });

  it('writes plain text for an e-mail, one "Label: value" line per gathered field', () => {
    const text = formatTicket(ticket, 'text');
    const lines = text.split('\n');
    expect(lines[0]).to.equal('Client / tenant: C-1001 / acme');
    expect(lines).to.include('Time: 2026-11-22 14:03:07 Europe/Oslo (UTC+01:00)');
    expect(text).to.include('Steps to reproduce: 1. Open order 17\n  2. Click Activate');
  });

  it('writes a Markdown list for a tracker, with vendor text unable to become markup', () => {
    const linked = buildTicket(
      makeError({
        kind: 'validation',
        public: true,
        message: 'See [here](https://evil.example) <img src=x>',
      }),
      {
        description: '*bold* _it_ `code`',
      },
    );
    const md = formatTicket(linked, 'markdown');
    expect(md).to.include('- **Message:** See \\[here\\](https://evil.example) \\<img src=x\\>');
    expect(md).to.include('- **What you were doing:** \\*bold\\* \\_it\\_ \\`code\\`');
    // One step per line stays one per line (a hard break), and a line that would open a block
    // (a list number, a heading, a rule) stays text.
    expect(formatTicket(ticket, 'markdown')).to.include(
      '- **Steps to reproduce:** 1\\. Open order 17\\\n  2\\. Click Activate',
    );
    const blocks = buildTicket(makeError({ kind: 'network' }), {
      description: '# Heading\n---\n> quote\n~~gone~~ on 2026-11-22',
    });
    expect(formatTicket(blocks, 'markdown')).to.include(
      '- **What you were doing:** \\# Heading\\\n  \\---\\\n  \\> quote\\\n  \\~\\~gone\\~\\~ on 2026-11-22',
    );
  });

  it('writes JSON for an API, keyed by field, in checklist order', () => {
    const json = JSON.parse(formatTicket(ticket, 'json')) as Record<string, string>;
    expect(Object.keys(json)).to.deep.equal([...TICKET_FIELDS]);
    expect(json.steps).to.equal('1. Open order 17\n2. Click Activate');
  });

  it('refuses a format it does not write, naming the ones it does', () => {
    for (const format of ['md', 'JSON', undefined, 'html'])
      expect(() => formatTicket(ticket, format as never), String(format)).to.throw(
        RangeError,
        /text, markdown, json/,
      );
    expect(formatTicket(ticket, 'text', null)).to.equal(formatTicket(ticket, 'text'));
  });

  it('leaves empty fields out of every format', () => {
    const sparse = buildTicket(makeError({ kind: 'network' }), { tenant: 'acme' });
    expect(formatTicket(sparse, 'text')).to.not.include('Environment');
    expect(Object.keys(JSON.parse(formatTicket(sparse, 'json')))).to.deep.equal([
      'client',
      'timestamp',
      'status',
    ]);
  });

  it('takes localized labels and keeps English for the rest', () => {
    const text = formatTicket(ticket, 'text', {
      labels: { client: 'Klient / tenant', user: 'Bruker' },
    });
    expect(text).to.include('Klient / tenant: C-1001 / acme');
    expect(text).to.include('Bruker: ada@example.com');
    expect(text).to.include(`${TICKET_LABELS_EN.environment}: production`);
  });
});

describe('ticket redaction', () => {
  const secrets = Object.values(SECRETS);
  const leaked = (text: string) => secrets.filter((s) => text.includes(s.replace(/^Bearer /, '')));
  const url = `https://ada:hunter2@api.example.com/orders/17?access_token=${SECRETS.github}`;
  let i = 0;
  const next = () => secrets[i++ % secrets.length];
  const dirty = makeError({
    kind: 'validation',
    status: 400,
    public: true,
    code: `code ${next()}`,
    message: `Rejected ${next()} and ${next()}`,
    errorId: `id ${next()}`,
    vendor: `vendor ${next()}`,
    operation: {
      method: 'POST',
      endpoint: url,
      name: `op ${next()}`,
      idempotent: false,
      critical: false,
    },
  });
  const dirtyContext: SupportContext = {
    clientId: `client ${next()}`,
    tenant: `tenant ${next()}`,
    environment: `env ${next()}`,
    user: `ada@example.com ${next()}`,
    ids: { orderId: `${next()}`, cardId: SECRETS.card, tokenId: SECRETS.jwt },
    history: `Authorization: ${SECRETS.bearer}\nCookie: sid=abc`,
    description: `paid with ${SECRETS.cardDashed} using ${next()}`,
    steps: `1. curl -H "X-Api-Key: ${next()}" ${url}\n2. ${next()} ${next()} ${next()}`,
  };
  const ticket = buildTicket(dirty, dirtyContext, { operatorMessage: `Check ${SECRETS.aws}` });

  it('puts a secret into every field of this test', () => {
    expect(i).to.be.at.least(secrets.length);
  });

  it('redacts every field before it leaves buildTicket', () => {
    for (const field of ticket.fields) {
      expect(leaked(field.value ?? ''), field.key).to.deep.equal([]);
    }
    expect(valueOf(ticket, 'endpoint')).to.equal(
      'POST https://ada:[redacted]@api.example.com/orders/17?access_token=[redacted]',
    );
    expect(valueOf(ticket, 'history')).to.equal('Authorization: [redacted]\nCookie: [redacted]');
    expect(valueOf(ticket, 'user')).to.match(/^ada@example\.com /);
  });

  for (const format of ['text', 'markdown', 'json'] as const) {
    it(`lets no secret into the ${format} format`, () => {
      const out = formatTicket(ticket, format);
      expect(leaked(out)).to.deep.equal([]);
      expect(out).to.not.include('hunter2');
      expect(out).to.match(/\[redacted\\?]/);
    });
  }

  it('redacts a token behind percent-escapes in the endpoint, in every format', () => {
    // An OAuth callback: the app's own URL carries the vendor's token, escaped, in `next`.
    const error = normalizeError('', {
      status: 401,
      method: 'GET',
      endpoint: `/login?next=%2Fcb%3Faccess_token%3D${SECRETS.github}%26state%3Dok`,
    });
    const escaped = buildTicket(error);
    expect(valueOf(escaped, 'endpoint')).to.equal(
      'GET /login?next=%2Fcb%3Faccess_token%3D[redacted]%26state%3Dok',
    );
    for (const format of ['text', 'markdown', 'json'] as const) {
      expect(formatTicket(escaped, format), format).to.not.include(SECRETS.github);
    }
  });

  it('redacts e-mail addresses when configured', () => {
    const strict = buildTicket(dirty, dirtyContext, { redact: { emails: true } });
    expect(valueOf(strict, 'user')).to.not.include('ada@example.com');
    const hand = {
      ...ticket,
      fields: [{ key: 'user' as const, value: 'ada@example.com', required: true }],
    };
    expect(formatTicket(hand, 'text', { redact: { emails: true } })).to.equal('User: [redacted]');
  });

  it('redacts again when formatting a ticket built by hand', () => {
    const hand: SupportTicket = {
      fields: [
        { key: 'history', value: `token=${SECRETS.stripe} card ${SECRETS.card}`, required: false },
      ],
      missing: [],
      gathered: 0,
      required: 0,
    };
    for (const format of ['text', 'markdown', 'json'] as const) {
      expect(leaked(formatTicket(hand, format)), format).to.deep.equal([]);
    }
  });
});
