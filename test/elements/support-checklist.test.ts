import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/support-checklist/support-checklist.define.js';
import '../../src/elements/error-provider/error-provider.define.js';
import type { SupportChecklist } from '../../src/elements/support-checklist/support-checklist.js';
import type { ErrorProvider } from '../../src/elements/error-provider/error-provider.js';
import { DEFAULT_REQUIRED_FIELDS, formatTicket, normalizeError } from '../../src/core.js';
import type { TicketFormat } from '../../src/core.js';
import type { FaultlineSupportTicketEvent } from '../../src/events/support-ticket.js';
import { liveRegion } from '../../src/controllers/announcer.js';
import { fullContext } from '../fixtures/support-context.js';
import { en } from '../../src/i18n/locales/en.js';
import { ar } from '../../src/i18n/locales/ar.js';
import { SECRETS } from '../core/make-error.js';
import { createPseudoI18n, isPseudo } from '../i18n/pseudo.js';
import { leftOf } from './text-position.js';
import { warningsDuring } from '../warnings.js';

const S = en.support;

/** A critical write that conflicted, as the normalizer reports it (Ormuco envelope). */
const conflict = normalizeError(
  {
    code: 409,
    title: 'Conflict',
    message: 'The order moved on',
    key: 'conflict',
    public: true,
    error_id: 'err-7f3a',
  },
  {
    status: 409,
    method: 'POST',
    endpoint: '/orders/17/activate',
    operation: 'ActivateOrder',
    critical: true,
    vendor: 'ormuco',
    now: new Date('2026-11-22T13:03:07Z'),
  },
);

/** The conflict is a critical write, never replayed: its ticket also asks what the history shows. */
const REQUIRED = DEFAULT_REQUIRED_FIELDS.length + 1;

// --- reading the element as a user would -------------------------------------------------------

const root = (el: SupportChecklist) => el.shadowRoot!;
const part = (el: SupportChecklist, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: SupportChecklist, name: string) => [
  ...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const summary = (el: SupportChecklist) => text(part(el, 'summary'));
/** The checklist in `provider` once its Arabic strings have arrived (they load on demand). */
async function inArabic(provider: ErrorProvider): Promise<SupportChecklist> {
  const el = provider.querySelector('support-checklist')!;
  await waitUntil(
    () => summary(el).includes(ar.support.progress.split(' ')[0]!),
    'Arabic never arrived',
    { timeout: 5000 },
  );
  return el;
}
const preview = (el: SupportChecklist) => part(el, 'preview')!.textContent ?? '';
const input = (el: SupportChecklist, name: string) =>
  root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
const labelOf = (el: SupportChecklist, control: Element) =>
  text(root(el).querySelector(`label[for="${control.id}"]`));
/** The field rows as [label, value or "Missing"], as read on screen. */
const rows = (el: SupportChecklist) =>
  parts(el, 'field').map((row) => {
    const label = text(row.querySelector('[part="field-label"]')).replace(/^[✓○]\s*/, '');
    const value = row.querySelector('[part="field-value"]');
    // The value cell starts with a visually hidden "Gathered:" for screen readers.
    return [
      label,
      value
        ? text(value).replace(`${S.gathered}: `, '')
        : text(row.querySelector('[part="missing"]')),
    ];
  });
const missingLabels = (el: SupportChecklist) =>
  rows(el)
    .filter(([, v]) => v === S.missing)
    .map(([l]) => l);

async function type(el: SupportChecklist, name: string, value: string) {
  const control = input(el, name)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function blur(el: SupportChecklist, name: string) {
  input(el, name)!.dispatchEvent(new FocusEvent('blur'));
  await el.updateComplete;
}

/**
 * Replaces navigator.clipboard for one test, capturing what is copied. `slow`: each copy waits
 * until the test calls `copied.answer()`.
 */
function stubClipboard(result: 'ok' | 'reject' | 'slow' = 'ok') {
  const copied: string[] & { answer?: () => void; fail?: () => void } = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (value: string) => {
        copied.push(value);
        if (result === 'slow')
          return new Promise<void>((resolve, reject) => {
            copied.answer = resolve;
            copied.fail = () => reject(new DOMException('denied', 'NotAllowedError'));
          });
        return result === 'ok'
          ? Promise.resolve()
          : Promise.reject(new DOMException('denied', 'NotAllowedError'));
      },
    },
  });
  return copied;
}

afterEach(() => {
  // Back to the engine's own clipboard (a getter on Navigator.prototype).
  delete (navigator as unknown as Record<string, unknown>).clipboard;
});

async function copyAs(el: SupportChecklist, format: TicketFormat) {
  const radio = root(el).querySelector<HTMLInputElement>(`input[type="radio"][value="${format}"]`)!;
  radio.click();
  await el.updateComplete;
  part(el, 'copy-button')!.click();
  await waitUntil(() => part(el, 'copy-status'), 'no copy status');
}

describe('<support-checklist>', () => {
  it('renders nothing until it has an error', async () => {
    const el = await fixture<SupportChecklist>(html`<support-checklist></support-checklist>`);
    expect(part(el, 'base')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows what was gathered from the error and the context, and what is missing', async () => {
    const el = await fixture<SupportChecklist>(html`
      <support-checklist
        .error=${conflict}
        .context=${{ tenant: 'acme', environment: 'production' }}
      ></support-checklist>
    `);
    const shown = Object.fromEntries(rows(el));
    expect(shown[S.fields.client]).to.equal('acme');
    expect(shown[S.fields.environment]).to.equal('production');
    expect(shown[S.fields.endpoint]).to.equal('POST /orders/17/activate');
    expect(shown[S.fields.operation]).to.equal('ActivateOrder');
    expect(shown[S.fields.status]).to.equal('409 conflict');
    expect(shown[S.fields.errorId]).to.equal('err-7f3a');
    // The operator's headline first, then the vendor's public words.
    expect(shown[S.fields.message]).to.equal(
      `${en.kinds.conflict.write.headline} — The order moved on`,
    );
    expect(missingLabels(el)).to.deep.equal([
      S.fields.ids,
      S.fields.user,
      S.fields.retries,
      S.fields.history,
      S.fields.description,
      S.fields.steps,
    ]);
    expect(summary(el)).to.equal(`${REQUIRED - 6} of ${REQUIRED} gathered`);
    const bar = part(el, 'progress') as HTMLProgressElement;
    expect([bar.value, bar.max]).to.deep.equal([REQUIRED - 6, REQUIRED]);
  });

  it('offers inputs only for what the app could not give, each with its label', async () => {
    const el = await fixture<SupportChecklist>(html`
      <support-checklist
        .error=${conflict}
        .context=${{ tenant: 'acme', environment: 'production' }}
      ></support-checklist>
    `);
    const controls = parts(el, 'input');
    expect(controls.map((c) => c.getAttribute('name'))).to.deep.equal([
      'ids',
      'user',
      'retries',
      'history',
      'description',
      'steps',
    ]);
    expect(controls.map((c) => labelOf(el, c).replace(/\s*\*$/, ''))).to.deep.equal([
      S.fields.ids,
      S.fields.user,
      S.fields.retries,
      S.fields.history,
      S.fields.description,
      S.fields.steps,
    ]);
    expect(controls.map((c) => c.getAttribute('aria-required'))).to.deep.equal([
      'true',
      'true',
      'true',
      'true',
      'true',
      'true',
    ]);
    expect(input(el, 'description')!.localName).to.equal('textarea');
    expect(input(el, 'retries')!.getAttribute('type')).to.equal('number');
  });

  it('counts up as the operator types, and announces the new count once', async () => {
    const el = await fixture<SupportChecklist>(
      html`<support-checklist .error=${conflict}></support-checklist>`,
    );
    const before = (part(el, 'progress') as HTMLProgressElement).value;
    await type(el, 'description', 'Activation failed twice');
    const after = `${before + 1} of ${REQUIRED} gathered`;
    expect(summary(el)).to.equal(after);
    expect(Object.fromEntries(rows(el))[S.fields.description]).to.equal('Activation failed twice');
    expect(preview(el)).to.include(`${S.fields.description}: Activation failed twice`);
    await type(el, 'description', 'Activation failed twice, then once more');
    const region = liveRegion('polite');
    // Within 5 s, not open-wc's default 1 s: a CI machine running three engines at once once
    // took longer to say it (the announcer waits 150 ms at most).
    await waitUntil(
      () => [...region.children].some((n) => n.textContent === after),
      'not announced',
      { timeout: 5000 },
    );
    expect([...region.children].filter((n) => n.textContent === after)).to.have.length(1);
    await type(el, 'description', '   ');
    expect(summary(el)).to.equal(`${before} of ${REQUIRED} gathered`);
  });

  it('fills "client / tenant" from either input, and related IDs as typed', async () => {
    const el = await fixture<SupportChecklist>(
      html`<support-checklist .error=${conflict}></support-checklist>`,
    );
    expect(input(el, 'clientId')!.getAttribute('aria-required')).to.equal('true');
    await type(el, 'tenant', 'acme');
    expect(input(el, 'clientId')!.getAttribute('aria-required')).to.equal('false');
    await type(el, 'ids', 'order 17');
    await type(el, 'retries', '2');
    const shown = Object.fromEntries(rows(el));
    expect([shown[S.fields.client], shown[S.fields.ids], shown[S.fields.retries]]).to.deep.equal([
      'acme',
      'order 17',
      '2',
    ]);
    expect(missingLabels(el)).to.not.include.members([
      S.fields.client,
      S.fields.ids,
      S.fields.retries,
    ]);
  });

  it('keeps what was typed through a re-render, a new context and a new error', async () => {
    const el = await fixture<SupportChecklist>(
      html`<support-checklist .error=${conflict}></support-checklist>`,
    );
    await type(el, 'description', 'Activation failed');
    await type(el, 'steps', '1. Open order 17\n2. Click Activate');
    await type(el, 'user', 'kari');
    el.requestUpdate();
    await el.updateComplete;
    el.context = { environment: 'staging' };
    await el.updateComplete;
    el.error = { code: 503, title: 'Service Unavailable', message: 'down', public: true };
    await el.updateComplete;
    expect(input(el, 'description')!.value).to.equal('Activation failed');
    expect(input(el, 'steps')!.value).to.equal('1. Open order 17\n2. Click Activate');
    expect(input(el, 'user')!.value).to.equal('kari');
    expect(preview(el))
      .to.include('Activation failed')
      .and.include('2. Click Activate')
      .and.include('staging');
  });

  it('normalizes a raw error once and prefills retries from the retry button', async () => {
    const raw = {
      code: 409,
      title: 'Conflict',
      message: 'Moved on',
      key: 'conflict',
      public: true,
      error_id: 'e-1',
    };
    const el = await fixture<SupportChecklist>(
      html`<support-checklist .error=${raw} retries="3"></support-checklist>`,
    );
    expect(el.normalizedError).to.include({ kind: 'conflict', errorId: 'e-1' });
    const stamp = el.normalizedError!.occurredAt;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.normalizedError!.occurredAt).to.equal(stamp);
    expect(input(el, 'retries')!.value).to.equal('3');
    expect(Object.fromEntries(rows(el))[S.fields.retries]).to.equal('3');
  });

  it('prefills the operator inputs with what the app knows, element context winning per field', async () => {
    const provider = await fixture<ErrorProvider>(html`
      <error-provider
        .context=${{ tenant: 'from-provider', user: 'provider-user', description: 'From the app' }}
      >
        <support-checklist
          .error=${conflict}
          .context=${{ user: 'element-user', tenant: undefined }}
        ></support-checklist>
      </error-provider>
    `);
    const el = provider.querySelector('support-checklist')!;
    await el.updateComplete;
    const shown = Object.fromEntries(rows(el));
    expect(shown[S.fields.user]).to.equal('element-user');
    expect(shown[S.fields.client]).to.equal('from-provider');
    expect(input(el, 'description')!.value).to.equal('From the app');
    expect(input(el, 'user')).to.equal(null);
  });

  it("names the service as the banner does, not by the kit's id", async () => {
    const fluent = normalizeError(
      { eventStatus: 'FAILED', message: 'Rule failed', entityId: 'O-17' },
      { status: 200 },
    );
    const named = normalizeError('', { status: 500, vendor: 'omnivalvms' });
    const el = await fixture<SupportChecklist>(
      html`<support-checklist .error=${fluent}></support-checklist>`,
    );
    expect(fluent.vendor).to.equal('fluent');
    expect(Object.fromEntries(rows(el))[S.fields.vendor]).to.equal('Fluent Commerce');
    expect(preview(el)).to.include(`${S.fields.vendor}: Fluent Commerce`);
    el.error = named;
    await el.updateComplete;
    expect(Object.fromEntries(rows(el))[S.fields.vendor]).to.equal('OmniValVMS');
    // A name the app gave that the kit does not know stays as written.
    el.error = normalizeError('', { status: 500, vendor: 'Acme Billing' });
    await el.updateComplete;
    expect(Object.fromEntries(rows(el))[S.fields.vendor]).to.equal('Acme Billing');
  });

  it('adds the related IDs the operator types to the entity the payload named', async () => {
    const fluent = normalizeError(
      { eventStatus: 'FAILED', message: 'Rule failed', entityId: '12345' },
      { status: 200 },
    );
    const el = await fixture<SupportChecklist>(
      html`<support-checklist .error=${fluent}></support-checklist>`,
    );
    await type(el, 'ids', 'order 17, product 99');
    expect(Object.fromEntries(rows(el))[S.fields.ids]).to.equal(
      'entityId: 12345, order 17, product 99',
    );
    expect(preview(el)).to.include(`${S.fields.ids}: entityId: 12345, order 17, product 99`);
  });

  it('asks to add what is missing until nothing is, then to check the details', async () => {
    const el = await fixture<SupportChecklist>(html`
      <support-checklist .error=${conflict} .required=${['description']}></support-checklist>
    `);
    const title = () => text(root(el).querySelector('#form-title'));
    expect(title()).to.equal(S.formTitle);
    await type(el, 'description', 'Activation failed');
    expect(summary(el)).to.equal('1 of 1 gathered');
    expect(title()).to.equal(S.formTitleComplete);
    // The heading still names the form it heads.
    expect(part(el, 'form')!.getAttribute('aria-labelledby')).to.equal('form-title');
    await type(el, 'description', '');
    expect(title()).to.equal(S.formTitle);
  });

  it('counts nothing when nothing is required: no "0 of 0 gathered" beside an empty bar', async () => {
    const el = await fixture<SupportChecklist>(html`
      <support-checklist .error=${conflict} .required=${[]}></support-checklist>
    `);
    expect(part(el, 'summary') === null && part(el, 'progress') === null).to.equal(true);
    expect(text(root(el).querySelector('#form-title'))).to.equal(S.formTitleComplete);
    el.required = ['description'];
    await el.updateComplete;
    expect(summary(el)).to.equal('0 of 1 gathered');
    await expect(el).to.be.accessible();
    // Nor is "0 of 0" said when the count goes away.
    el.required = [];
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    const said = [...liveRegion('polite').children].map((n) => n.textContent);
    expect(said.includes('0 of 0 gathered'), said.join(' | ')).to.equal(false);
  });

  it('redacts e-mail addresses from the ticket when the provider says so, and only then', async () => {
    const context = { user: 'ada@example.com', description: 'Mail kari@example.com about it' };
    const strict = await fixture<ErrorProvider>(html`
      <error-provider .context=${context} .redact=${{ emails: true }}>
        <support-checklist .error=${conflict}></support-checklist>
      </error-provider>
    `);
    const el = strict.querySelector('support-checklist')!;
    await el.updateComplete;
    for (const format of ['text', 'markdown', 'json'] as const) {
      expect(el.preview(format), format).to.not.match(/ada@|kari@/);
    }
    expect(Object.fromEntries(rows(el))[S.fields.user]).to.equal('[redacted]');
    expect(preview(el)).to.include('Mail [redacted] about it');
    // Without it, the user field keeps its address: support needs to know who it was.
    const open = await fixture<ErrorProvider>(html`
      <error-provider .context=${context}>
        <support-checklist .error=${conflict}></support-checklist>
      </error-provider>
    `);
    const plain = open.querySelector('support-checklist')!;
    await plain.updateComplete;
    expect(Object.fromEntries(rows(plain))[S.fields.user]).to.equal('ada@example.com');
  });

  it('keeps a number the operator is still typing ("10e") instead of wiping it', async () => {
    const el = await fixture<SupportChecklist>(
      html`<support-checklist .error=${conflict}></support-checklist>`,
    );
    const retries = input(el, 'retries') as HTMLInputElement;
    retries.focus();
    await sendKeys({ type: '10' });
    await el.updateComplete;
    expect(Object.fromEntries(rows(el))[S.fields.retries]).to.equal('10');
    await sendKeys({ type: 'e' });
    await el.updateComplete;
    // Still on screen as typed (a number input reports that as bad input, with value ''), and
    // not a number the ticket could send: the row says Missing, Copy asks for a whole number.
    expect(retries.validity.badInput).to.equal(true);
    expect(Object.fromEntries(rows(el))[S.fields.retries]).to.equal(S.missing);
    expect(preview(el)).to.not.match(/: 10$/m);
    await blur(el, 'retries');
    expect(text(part(el, 'error'))).to.equal(S.required.retries);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '2' });
    await el.updateComplete;
    expect(retries.value).to.equal('102');
    expect(Object.fromEntries(rows(el))[S.fields.retries]).to.equal('102');
  });

  it('honours the fields the app requires', async () => {
    const el = await fixture<SupportChecklist>(html`
      <support-checklist
        .error=${conflict}
        .required=${['description', 'history']}
      ></support-checklist>
    `);
    expect(summary(el)).to.equal('0 of 2 gathered');
    expect(missingLabels(el)).to.deep.equal([S.fields.history, S.fields.description]);
    expect(input(el, 'history')!.getAttribute('aria-required')).to.equal('true');
    expect(input(el, 'steps')!.getAttribute('aria-required')).to.equal('false');
  });

  describe('validation', () => {
    it('shows the catalog message for each empty required field on send, and focuses the first', async () => {
      const copied = stubClipboard();
      const el = await fixture<SupportChecklist>(html`
        <support-checklist
          .error=${conflict}
          .context=${{ tenant: 'acme', environment: 'prod', ids: { orderId: '17' } }}
        ></support-checklist>
      `);
      expect(parts(el, 'error')).to.have.length(0);
      part(el, 'copy-button')!.click();
      await waitUntil(() => parts(el, 'error').length > 0);
      const messages = Object.fromEntries(
        parts(el, 'input')
          .filter((c) => c.getAttribute('aria-invalid') === 'true')
          .map((c) => [
            c.getAttribute('name'),
            text(root(el).getElementById(c.getAttribute('aria-describedby')!.split(' ').pop()!)),
          ]),
      );
      expect(messages).to.deep.equal({
        user: S.required.user,
        retries: S.required.retries,
        history: S.required.history,
        description: S.required.description,
        steps: S.required.steps,
      });
      expect(root(el).activeElement).to.equal(input(el, 'user'));
      expect(copied).to.deep.equal([]);
      await type(el, 'user', 'kari');
      expect(input(el, 'user')!.hasAttribute('aria-invalid')).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('shows a message on blur only after the operator changed the field', async () => {
      const el = await fixture<SupportChecklist>(
        html`<support-checklist .error=${conflict}></support-checklist>`,
      );
      await blur(el, 'steps');
      expect(input(el, 'steps')!.hasAttribute('aria-invalid')).to.be.false;
      await type(el, 'steps', 'x');
      await type(el, 'steps', '');
      await blur(el, 'steps');
      expect(input(el, 'steps')!.getAttribute('aria-invalid')).to.equal('true');
      expect(input(el, 'steps')!.getAttribute('aria-describedby')).to.equal(
        'hint-steps error-steps',
      );
      expect(text(root(el).getElementById('error-steps'))).to.equal(S.required.steps);
    });

    it('does not accept a retry count that is not a whole number', async () => {
      const el = await fixture<SupportChecklist>(
        html`<support-checklist .error=${conflict} .context=${fullContext}></support-checklist>`,
      );
      await type(el, 'retries', '-1');
      await blur(el, 'retries');
      expect(input(el, 'retries')!.getAttribute('aria-invalid')).to.equal('true');
      expect(text(root(el).getElementById('error-retries'))).to.equal(S.required.retries);
      expect(missingLabels(el)).to.deep.equal([S.fields.retries]);
    });
  });

  describe('preview and copy', () => {
    it('says a slow copy failed even when the form changed meanwhile', async () => {
      const copied = stubClipboard('slow');
      const original = document.execCommand;
      document.execCommand = () => false;
      try {
        const el = await fixture<SupportChecklist>(
          html`<support-checklist .error=${conflict} .context=${fullContext}></support-checklist>`,
        );
        part(el, 'copy-button')!.click();
        await waitUntil(() => copied.length === 1, 'the copy did not start');
        await type(el, 'description', 'Activation failed for order 18 too');
        copied.fail!();
        await waitUntil(() => part(el, 'copy-status') !== null, 'the failure was not shown');
        expect(text(part(el, 'copy-status'))).to.equal(S.copyFailed);
      } finally {
        document.execCommand = original;
      }
    });

    it('sends the copied ticket, and says nothing of it, when the form changed during a slow copy', async () => {
      const copied = stubClipboard('slow');
      const el = await fixture<SupportChecklist>(
        html`<support-checklist .error=${conflict} .context=${fullContext}></support-checklist>`,
      );
      const sent = oneEvent(el, 'faultline-support-ticket');
      part(el, 'copy-button')!.click();
      await waitUntil(() => copied.length === 1, 'the copy did not start');
      await type(el, 'description', 'Activation failed for order 18 too');
      copied.answer!();
      const { detail } = (await sent) as FaultlineSupportTicketEvent;
      expect(copied[0]).to.include('Activation failed\n');
      const description = detail.ticket.fields.find((f) => f.key === 'description')!.value;
      expect(description).to.equal('Activation failed');
      await el.updateComplete;
      expect(part(el, 'copy-status') === null, 'no "Copied" beside the changed form').to.equal(
        true,
      );
      expect(preview(el)).to.include('order 18 too');
    });

    it('previews exactly what is copied, in each format, and tells the operator it was copied', async () => {
      const copied = stubClipboard();
      const el = await fixture<SupportChecklist>(
        html`<support-checklist .error=${conflict} .context=${fullContext}></support-checklist>`,
      );
      const sent: FaultlineSupportTicketEvent[] = [];
      el.addEventListener('faultline-support-ticket', (e) => sent.push(e));
      for (const format of ['text', 'markdown', 'json'] as const) {
        await copyAs(el, format);
        expect(copied.at(-1)).to.equal(preview(el));
        expect(text(part(el, 'copy-status'))).to.equal(en.actions.copied);
        expect(text(part(el, 'copy-button'))).to.equal(
          { text: S.copyText, markdown: S.copyMarkdown, json: S.copyJson }[format],
        );
      }
      expect(JSON.parse(copied[2]!)).to.include({
        client: 'C-1001 / acme',
        errorId: 'err-7f3a',
        retries: '1',
      });
      expect(copied[1]).to.include(`- **${S.fields.client}:** C-1001 / acme`);
      expect(copied[0]).to.include(`${S.fields.client}: C-1001 / acme`);
      expect(sent.map((e) => e.detail.via)).to.deep.equal([
        'copy-text',
        'copy-markdown',
        'copy-json',
      ]);
      expect(sent[0]!.detail.error).to.equal(conflict);
      expect(sent[0]!.detail.ticket.missing).to.deep.equal([]);
      expect(sent[0]!.composed && sent[0]!.bubbles).to.be.true;
      const region = liveRegion('polite');
      await waitUntil(
        () => [...region.children].some((n) => n.textContent === en.actions.copied),
        'not announced',
        { timeout: 5000 },
      );
    });

    it('asks for a screenshot beside the preview, which a text ticket cannot carry (Omnium)', async () => {
      const el = await fixture<SupportChecklist>(
        html`<support-checklist .error=${conflict}></support-checklist>`,
      );
      const hint = root(el).querySelector('figure + .hint');
      expect(text(hint)).to.equal(S.attachHint);
      expect(S.attachHint).to.match(/screenshot/);
    });

    it('emits faultline-copy with the text and the format', async () => {
      stubClipboard();
      const el = await fixture<SupportChecklist>(
        html`<support-checklist .error=${conflict} .context=${fullContext}></support-checklist>`,
      );
      const event = oneEvent(el, 'faultline-copy');
      part(el, 'copy-button')!.click();
      const { detail } = await event;
      expect(detail).to.deep.equal({ text: preview(el), what: 'text' });
    });

    it('neither announces nor emits a copy that finishes after it was removed', async () => {
      let finish!: () => void;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => new Promise<void>((r) => (finish = r)) },
      });
      const el = await fixture<SupportChecklist>(
        html`<support-checklist .error=${conflict} .context=${fullContext}></support-checklist>`,
      );
      const heard: string[] = [];
      el.addEventListener('faultline-copy', (e) => heard.push(e.type));
      el.addEventListener('faultline-support-ticket', (e) => heard.push(e.type));
      part(el, 'copy-button')!.click();
      await waitUntil(() => finish, 'copy started');
      el.remove();
      liveRegion('polite').replaceChildren();
      finish();
      await new Promise((r) => setTimeout(r, 200));
      expect(heard).to.deep.equal([]);
      expect(liveRegion('polite').textContent).to.not.include(en.actions.copied);
    });

    it('says so when copying failed, and the status goes once the content changes', async () => {
      stubClipboard('reject');
      const el = await fixture<SupportChecklist>(
        html`<support-checklist .error=${conflict} .context=${fullContext}></support-checklist>`,
      );
      const original = document.execCommand;
      document.execCommand = () => false;
      try {
        part(el, 'copy-button')!.click();
        await waitUntil(() => part(el, 'copy-status'));
      } finally {
        document.execCommand = original;
      }
      expect(text(part(el, 'copy-status'))).to.equal(S.copyFailed);
      await type(el, 'history', 'Nothing in the history');
      expect(part(el, 'copy-status')).to.equal(null);
    });

    it('keeps the format a property, falling back to text for an unknown one', async () => {
      const el = await fixture<SupportChecklist>(
        html`<support-checklist .error=${conflict} format="json"></support-checklist>`,
      );
      expect(JSON.parse(preview(el))).to.have.property('status', '409 conflict');
      el.format = 'yaml' as TicketFormat;
      await el.updateComplete;
      expect(preview(el)).to.include(`${S.fields.status}: 409 conflict`);
      expect(root(el).querySelector<HTMLInputElement>('input[value="text"]')!.checked).to.be.true;
    });
  });

  describe('secrets', () => {
    const jwtTail = SECRETS.jwt.split('.')[2]!;
    const leaks = [
      SECRETS.bearer.split(' ')[1]!,
      jwtTail,
      SECRETS.card,
      SECRETS.cardPlain,
      SECRETS.stripe,
      'NullPointer',
    ];
    const hostile = normalizeError(
      {
        key: 'bad_request',
        message: `Rejected ${SECRETS.bearer} for ${SECRETS.jwt}, card ${SECRETS.card}`,
        public: true,
        error_id: 'err-1',
      },
      {
        status: 400,
        method: 'POST',
        endpoint: `/payments?access_token=${SECRETS.jwt}&card=${SECRETS.cardPlain}&api_key=${SECRETS.stripe}`,
      },
    );
    const expectClean = (where: string, value: string) => {
      for (const secret of leaks) expect(value, `${where} leaks ${secret}`).to.not.include(secret);
    };

    it('never shows or copies a token, a JWT, an API key or a card number, from anywhere', async () => {
      const copied = stubClipboard();
      const el = await fixture<SupportChecklist>(html`
        <error-provider support-email="help@example.com">
          <support-checklist
            .error=${hostile}
            .context=${{ ...fullContext, ids: { orderId: '17', session: SECRETS.jwt, card: SECRETS.card } }}
          ></support-checklist>
        </error-provider>
      `).then((p) => p.querySelector('support-checklist')!);
      await el.updateComplete;
      await type(el, 'description', `Pasted ${SECRETS.bearer} and card ${SECRETS.cardPlain} here`);
      await type(
        el,
        'steps',
        `curl -H "Authorization: ${SECRETS.bearer}" /payments?token=${SECRETS.jwt}`,
      );
      expect(preview(el)).to.include('[redacted]');
      for (const format of ['text', 'markdown', 'json'] as const) await copyAs(el, format);
      expect(copied).to.have.length(3);
      copied.forEach((c, i) => expectClean(`copy ${i}`, c));
      expectClean('preview', preview(el));
      expectClean('fields', text(part(el, 'fields')));
      expectClean('mailto', decodeURIComponent(part(el, 'email-link')!.getAttribute('href')!));
      // The vendor's public text is there, without its secrets.
      expect(preview(el)).to.include('Rejected Bearer [redacted]');
    });

    it('never lets a non-public vendor message in', async () => {
      const copied = stubClipboard();
      const secret = normalizeError(
        '<html><body>java.lang.NullPointerException at Orders</body></html>',
        { status: 500 },
      );
      const el = await fixture<SupportChecklist>(
        html`<support-checklist .error=${secret} .context=${fullContext}></support-checklist>`,
      );
      for (const format of ['text', 'markdown', 'json'] as const) await copyAs(el, format);
      [...copied, preview(el), text(part(el, 'base'))].forEach((c) => expectClean('output', c));
      expect(Object.fromEntries(rows(el))[S.fields.message]).to.equal(en.kinds.server.headline);
    });
  });

  describe('contact', () => {
    const withContact = (contact: object) =>
      fixture<ErrorProvider>(html`
        <error-provider .contact=${contact}>
          <support-checklist .error=${conflict} .context=${fullContext}></support-checklist>
        </error-provider>
      `).then(async (p) => {
        const el = p.querySelector('support-checklist')!;
        await el.updateComplete;
        return el;
      });

    it('offers a well-formed mailto with the subject and the previewed body', async () => {
      const el = await withContact({
        email: 'help@omnium.no',
        url: 'https://help.omnium.no/support',
        phone: '+47 22 12 01 01',
      });
      const href = part(el, 'email-link')!.getAttribute('href')!;
      const url = new URL(href);
      expect(url.protocol).to.equal('mailto:');
      expect(url.pathname).to.equal('help@omnium.no');
      expect([...url.searchParams.keys()]).to.deep.equal(['subject', 'body']);
      expect(decodeURIComponent(href.match(/subject=([^&]*)/)![1]!)).to.equal(
        // A subject line without the headline's full stop.
        `Support request: ${en.kinds.conflict.write.headline.slice(0, -1)}`,
      );
      expect(decodeURIComponent(href.match(/body=([^&]*)/)![1]!)).to.equal(
        preview(el).replace(/\n/g, '\r\n'),
      );
      expect(part(el, 'site-link')!.getAttribute('href')).to.equal(
        'https://help.omnium.no/support',
      );
      expect(part(el, 'site-link')!.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(part(el, 'phone-link')!.getAttribute('href')).to.equal('tel:+4722120101');
      expect(text(part(el, 'phone-link'))).to.equal('Call +47 22 12 01 01');
    });

    it('mails plain text whatever format is copied, cut to fit a mailto link, the rest copied', async () => {
      const el = await withContact({ email: 'help@omnium.no' });
      const body = () =>
        decodeURIComponent(part(el, 'email-link')!.getAttribute('href')!.split('&body=')[1]!);
      el.format = 'markdown';
      await el.updateComplete;
      expect(body()).to.equal(el.preview('text').replace(/\n/g, '\r\n'));

      // 3,000 characters of description: a mail client would cut or refuse the whole link.
      await type(el, 'description', 'Activation failed again. '.repeat(120));
      const href = part(el, 'email-link')!.getAttribute('href')!;
      expect(href.length).to.be.at.most(2000);
      expect(body().endsWith(en.support.emailShortened)).to.equal(true);
      const copied = stubClipboard();
      const link = part(el, 'email-link')!;
      link.addEventListener('click', (e) => e.preventDefault()); // no mail client in the test
      link.click();
      await waitUntil(() => copied.length === 1, 'the full text was not copied');
      expect(copied[0]).to.equal(el.preview('text'));
    });

    it('keeps the provider’s e-mail when the checklist’s contact leaves it undefined', async () => {
      // `{ email: props.email, phone }` with no e-mail given: a common binding.
      const provider = await fixture<ErrorProvider>(html`
        <error-provider support-email="help@omnium.no" .contact=${{ email: undefined }}>
          <support-checklist
            .error=${conflict}
            .context=${fullContext}
            .contact=${{ email: undefined, phone: '+47 22 12 01 01' }}
          ></support-checklist>
        </error-provider>
      `);
      const el = provider.querySelector('support-checklist')!;
      await el.updateComplete;
      expect(new URL(part(el, 'email-link')!.getAttribute('href')!).pathname).to.equal(
        'help@omnium.no',
      );
      expect(part(el, 'phone-link')!.getAttribute('href')).to.equal('tel:+4722120101');
    });

    it('never turns a hostile contact into a script, extra recipients or headers', async () => {
      const el = await withContact({
        email: 'javascript:alert(1)//@example.com',
        url: 'javascript:alert(document.cookie)',
        phone: 'javascript:alert(1)',
      });
      expect(part(el, 'email-link')).to.equal(null);
      expect(part(el, 'site-link')).to.equal(null);
      expect(part(el, 'phone-link')).to.equal(null);
      for (const email of [
        'help@example.com?bcc=evil@example.com',
        'help@example.com\r\nBcc: evil@x.io',
        'a b@example.com',
      ]) {
        el.contact = { email };
        await el.updateComplete;
        expect(part(el, 'email-link'), email).to.equal(null);
      }
      el.contact = { email: 'help@example.com', url: 'data:text/html,<script>alert(1)</script>' };
      await el.updateComplete;
      expect(part(el, 'email-link')!.getAttribute('href')!.startsWith('mailto:help@example.com?'))
        .to.be.true;
      expect(part(el, 'site-link')).to.equal(null);
      for (const a of root(el).querySelectorAll('a'))
        expect(a.getAttribute('href')).to.not.match(/^\s*(javascript|data):/i);
    });

    it('emits the ticket when the operator opens the e-mail or the support site', async () => {
      const el = await withContact({ email: 'help@example.com', url: 'https://help.example.com' });
      const sent: string[] = [];
      el.addEventListener('faultline-support-ticket', (e) => sent.push(e.detail.via));
      const block = (e: Event) => e.preventDefault(); // no mail client or new tab in the test
      root(el).addEventListener('click', block);
      part(el, 'email-link')!.click();
      part(el, 'site-link')!.click();
      root(el).removeEventListener('click', block);
      expect(sent).to.deep.equal(['email', 'url']);
    });

    it('does not open the e-mail while required answers are missing', async () => {
      const el = await withContact({ email: 'help@example.com' });
      el.context = { ...fullContext, description: undefined };
      await el.updateComplete;
      const sent: string[] = [];
      el.addEventListener('faultline-support-ticket', (e) => sent.push(e.detail.via));
      const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      part(el, 'email-link')!.dispatchEvent(event);
      expect(event.defaultPrevented).to.be.true;
      await waitUntil(() => root(el).activeElement === input(el, 'description'));
      expect(sent).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('can be completed and copied with the keyboard alone', async () => {
      const copied = stubClipboard();
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <button>before</button>
          <support-checklist
            .error=${conflict}
            .context=${{ ...fullContext, description: undefined, steps: undefined }}
          ></support-checklist>
        </div>
      `);
      const el = wrapper.querySelector('support-checklist')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      const focused = () => root(el).activeElement;
      const names: string[] = [];
      for (const answer of ['', 'Not activated yet', 'Activation failed', 'Click Activate']) {
        await sendKeys({ press: 'Tab' });
        names.push(focused()?.getAttribute('name') ?? '');
        if (answer) await sendKeys({ type: answer });
      }
      expect(names).to.deep.equal(['retries', 'history', 'description', 'steps']);
      await el.updateComplete;
      expect(summary(el)).to.equal(`${REQUIRED} of ${REQUIRED} gathered`);
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.have.property('value', 'text');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused()).to.have.property('value', 'markdown');
      await sendKeys({ press: 'Tab' });
      expect(focused()?.getAttribute('part')).to.equal('copy-button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => copied.length === 1, 'nothing copied');
      expect(copied[0]).to.equal(preview(el));
      expect(copied[0]).to.include(`- **${S.fields.description}:** Activation failed`);
      expect(copied[0]).to.include(`- **${S.fields.steps}:** Click Activate`);
    });
  });

  describe('language and accessibility', () => {
    it('passes axe empty, half filled and complete', async () => {
      const el = await fixture<SupportChecklist>(
        html`<support-checklist .error=${conflict}></support-checklist>`,
      );
      await expect(el).to.be.accessible();
      await type(el, 'tenant', 'acme');
      await type(el, 'description', 'Activation failed');
      await blur(el, 'description');
      await type(el, 'steps', '');
      await blur(el, 'steps');
      await expect(el).to.be.accessible();
      el.context = fullContext;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('takes every visible text and label from the catalogs', async () => {
      const provider = await fixture<ErrorProvider>(html`
        <error-provider
          .i18n=${createPseudoI18n()}
          support-email="help@example.com"
          support-url="https://help.example.com"
        >
          <support-checklist .error=${conflict}></support-checklist>
        </error-provider>
      `);
      const el = provider.querySelector('support-checklist')!;
      await el.updateComplete;
      part(el, 'copy-button')!.click();
      await waitUntil(() => parts(el, 'error').length > 0);
      const texts = [
        part(el, 'title'),
        part(el, 'summary'),
        ...parts(el, 'missing'),
        ...parts(el, 'error'),
        ...root(el).querySelectorAll('label[for], legend, figcaption, .hint, a, button'),
        ...root(el).querySelectorAll('fieldset label'),
      ].map((n) => text(n).replace(/\s*\*$/, ''));
      for (const t of texts) expect(isPseudo(t), t).to.be.true;
      for (const row of parts(el, 'field')) {
        const label = text(row.querySelector('dt')).replace(/^[✓○]\s*/, '');
        expect(isPseudo(label), JSON.stringify(label)).to.be.true;
      }
      expect(
        preview(el)
          .split('\n')
          .every((line) => line.startsWith('⟦')),
      ).to.be.true;
    });

    it('shows a phone number, a time and an id in reading order in Arabic', async () => {
      const provider = await fixture<ErrorProvider>(html`
        <error-provider lang="ar" support-phone="+47 22 12 01 01"
          ><support-checklist
            .error=${conflict}
            .context=${{ ...fullContext, ids: { orderId: '17 18 19' } }}
          ></support-checklist
        ></error-provider>
      `);
      const el = await inArabic(provider);
      // Right to left, each would run backwards: "01 01 12 22 47+", "19 18 17: orderId".
      const phone = part(el, 'phone-link')!;
      expect(leftOf(phone, '+47')).to.be.below(leftOf(phone, '22'));
      expect(leftOf(phone, '22')).to.be.below(leftOf(phone, '12'));
      const values = part(el, 'fields')!;
      expect(leftOf(values, 'orderId')).to.be.below(leftOf(values, '17 '));
      expect(leftOf(values, '17 ')).to.be.below(leftOf(values, '19'));
      const [day, time] = preview(el).match(/\d{4}-\d\d-\d\d (\d\d:\d\d)/)!;
      expect(leftOf(values, day.slice(0, 10))).to.be.below(leftOf(values, time!));
    });

    it('works right to left in Arabic, the gathered marker at the inline start', async () => {
      const provider = await fixture<ErrorProvider>(html`
        <error-provider lang="ar"
          ><support-checklist .error=${conflict} .context=${{ tenant: 'acme' }}></support-checklist
        ></error-provider>
      `);
      const el = await inArabic(provider);
      expect(getComputedStyle(el).direction).to.equal('rtl');
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
      const label = root(el).querySelector('.gathered [part="field-label"]')!;
      const marker = label.querySelector('.marker')!.getBoundingClientRect();
      const whole = label.getBoundingClientRect();
      expect(Math.abs(marker.right - whole.right)).to.be.below(2);
      const row = root(el).querySelector('.gathered')!;
      // The label column sits at the right, the value to its left.
      expect(row.querySelector('dt')!.getBoundingClientRect().left).to.be.greaterThan(
        row.querySelector('dd')!.getBoundingClientRect().left,
      );
      expect(text(part(el, 'copy-button'))).to.equal(ar.support.copyText);
      await expect(el).to.be.accessible();
    });

    it('uses the heading level it is given', async () => {
      const el = await fixture<SupportChecklist>(
        html`<support-checklist .error=${conflict} heading-level="3"></support-checklist>`,
      );
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
      expect(root(el).getElementById('form-title')!.getAttribute('aria-level')).to.equal('4');
    });

    it('takes level 2 for a heading level that is none, and names a format that is none', async () => {
      let el!: SupportChecklist;
      const warnings = await warningsDuring(async () => {
        el = await fixture<SupportChecklist>(
          html`<support-checklist
            .error=${conflict}
            heading-level="x"
            format="pdf"
          ></support-checklist>`,
        );
      });
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
      expect(root(el).getElementById('form-title')!.getAttribute('aria-level')).to.equal('3');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
      expect(warnings).to.include(
        '[faultline] <support-checklist> format="pdf" is not one of text, markdown, json; using "text".',
      );
      await expect(el).to.be.accessible();
    });
  });

  it('prints the same redacted ticket as formatTicket with the labels shown', async () => {
    const el = await fixture<SupportChecklist>(
      html`<support-checklist .error=${conflict} .context=${fullContext}></support-checklist>`,
    );
    const ticket = (
      await new Promise<FaultlineSupportTicketEvent>((resolve) => {
        stubClipboard();
        el.addEventListener('faultline-support-ticket', resolve, { once: true });
        part(el, 'copy-button')!.click();
      })
    ).detail.ticket;
    const labels = Object.fromEntries(rows(el));
    expect(formatTicket(ticket, 'json')).to.equal(el.preview('json'));
    for (const f of ticket.fields.filter((x) => x.value))
      expect(Object.values(labels)).to.include(f.value!.replace(/\s+/g, ' '));
  });
});
