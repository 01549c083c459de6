import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  badRetries,
  buildChecklistTicket,
  effectiveContext,
  inputProblems,
  inputValue,
  visibleInputs,
} from '../../src/elements/support-checklist/checklist-inputs.js';
import {
  fittedMailto,
  MAILTO_MAX,
  mailtoHref,
  telHref,
  webHref,
} from '../../src/elements/support-checklist/contact-links.js';
import { copyText } from '../../src/controllers/clipboard.js';
import { mergeDefined } from '../../src/internal/merge-defined.js';
import { splitAround } from '../../src/i18n/split-around.js';
import { normalizeError } from '../../src/core.js';
import type { SupportContext } from '../../src/core.js';
import { SECRETS } from '../core/make-error.js';

const error = normalizeError('', {
  status: 500,
  method: 'GET',
  endpoint: '/orders/17',
  now: new Date('2026-11-22T13:03:07Z'),
});

describe('support checklist inputs', () => {
  it('merges contexts field by field, an undefined field leaving the one below', () => {
    expect(
      mergeDefined<SupportContext>(
        { tenant: 'a', user: 'u' },
        undefined,
        { tenant: undefined, environment: 'prod' },
        { user: 'v' },
      ),
    ).to.deep.equal({
      tenant: 'a',
      user: 'v',
      environment: 'prod',
    });
  });

  it('offers the operator inputs always and context inputs only when the app lacks them', () => {
    expect(visibleInputs({})).to.deep.equal([
      'clientId',
      'tenant',
      'environment',
      'ids',
      'user',
      'retries',
      'history',
      'description',
      'steps',
    ]);
    expect(
      visibleInputs({
        clientId: 'C-1',
        environment: 'prod',
        ids: { orderId: '17' },
        user: 'ada',
        description: 'x',
      }),
    ).to.deep.equal(['retries', 'history', 'description', 'steps']);
    // An ID map with only empty values gives nothing to support.
    expect(visibleInputs({ ids: { orderId: '' }, environment: '  ' })).to.include.members([
      'ids',
      'environment',
    ]);
  });

  it('shows what was typed, even empty, over what the app or the retry button knows', () => {
    expect(inputValue('retries', {}, { retries: 1 }, 3)).to.equal('3');
    expect(inputValue('retries', {}, { retries: 1 })).to.equal('1');
    expect(inputValue('retries', {}, {})).to.equal('');
    expect(inputValue('retries', { retries: '' }, { retries: 1 }, 3)).to.equal('');
    expect(inputValue('description', {}, { description: 'From the app' })).to.equal('From the app');
    expect(
      inputValue('description', { description: '' }, { description: 'From the app' }),
    ).to.equal('');
    expect(inputValue('ids', {}, { ids: { orderId: '17' } })).to.equal('');
  });

  it('counts only whole retry numbers', () => {
    for (const bad of ['-1', '1.5', 'two', '1e3'])
      expect(badRetries({ retries: bad }), bad).to.be.true;
    for (const ok of ['0', ' 12 ', '', undefined])
      expect(badRetries({ retries: ok }), String(ok)).to.be.false;
    expect(effectiveContext({ retries: 2 }, { retries: 'x' }).retries).to.equal(undefined);
    expect(effectiveContext({ retries: 2 }, { retries: '0' }).retries).to.equal(0);
  });

  it('offers an input for a context value of the wrong type, so the count can complete', () => {
    const app = {
      tenant: 'acme',
      environment: { name: 'prod' },
      ids: ['17'],
      user: 42,
    } as unknown as SupportContext;
    expect(visibleInputs(app)).to.include.members(['environment', 'ids']);
    expect(visibleInputs(app)).to.not.include('user'); // a number is an answer
    expect(visibleInputs({ ids: 'order 17' } as unknown as SupportContext)).to.include('ids');
    const typed = { environment: 'prod', ids: 'order 17' };
    const ticket = buildChecklistTicket(error, app, typed);
    expect(ticket.missing).to.not.include.members(['environment', 'ids']);
    expect(JSON.stringify(ticket)).to.not.include('[object');
  });

  it('puts free-text IDs into the ticket redacted, and only when the app gave none', () => {
    const typed = { ids: `order 17, session ${SECRETS.jwt}` };
    const ticket = buildChecklistTicket(error, {}, typed);
    const ids = ticket.fields.find((f) => f.key === 'ids')!.value!;
    expect(ids).to.equal('order 17, session [redacted]');
    expect(ticket.missing).to.not.include('ids');
    expect(ticket.gathered + ticket.missing.length).to.equal(ticket.required);
    const fromApp = buildChecklistTicket(error, { ids: { orderId: '9' } }, typed);
    expect(fromApp.fields.find((f) => f.key === 'ids')!.value).to.equal('orderId: 9');
    expect(buildChecklistTicket(error, {}, { ids: '  ' }).missing).to.include('ids');
  });

  it('does not ask for what nothing can fill: no reference in the error, no input for it', () => {
    const noReference = normalizeError('', { status: 422, method: 'POST', endpoint: '/orders' });
    const everything = {
      clientId: 'C-1',
      environment: 'production',
      ids: 'order 17',
      user: 'ada',
      retries: '0',
      description: 'Saving the order',
      steps: 'Open order 17, press Save',
    };
    const ticket = buildChecklistTicket(noReference, {}, everything, {
      operatorMessage: 'Some details were not accepted.',
    });
    expect(ticket.fields.find((f) => f.key === 'errorId')!.required).to.equal(false);
    expect(ticket.missing).to.deep.equal([]);
    expect(ticket.gathered).to.equal(ticket.required);
    // With a reference in the error, it is asked for (and there).
    const withReference = normalizeError('', {
      status: 422,
      method: 'POST',
      endpoint: '/orders',
      headers: { 'x-request-id': 'req-1' },
    });
    const full = buildChecklistTicket(withReference, {}, everything);
    expect(full.fields.find((f) => f.key === 'errorId')).to.include({
      required: true,
      value: 'req-1',
    });
  });

  it('names the problem of each offered input that blocks sending', () => {
    const ticket = buildChecklistTicket(error, {}, { retries: '-2', tenant: 'acme' });
    const problems = inputProblems(ticket, visibleInputs({}), { retries: '-2', tenant: 'acme' });
    expect(Object.fromEntries(problems)).to.deep.equal({
      environment: 'environment',
      ids: 'ids',
      user: 'user',
      retries: 'retries',
      description: 'description',
      steps: 'steps',
    });
  });

  it('never lets a secret typed into any input reach the ticket (property)', () => {
    const secrets = fc.constantFrom(
      SECRETS.bearer,
      SECRETS.jwt,
      SECRETS.card,
      SECRETS.stripe,
      SECRETS.github,
      SECRETS.aws,
    );
    const key = fc.constantFrom(
      'clientId',
      'tenant',
      'environment',
      'ids',
      'user',
      'history',
      'description',
      'steps' as const,
    );
    fc.assert(
      fc.property(
        key,
        fc.string({ maxLength: 20 }),
        secrets,
        fc.string({ maxLength: 20 }),
        (k, before, secret, after) => {
          const ticket = buildChecklistTicket(error, {}, { [k]: `${before} ${secret} ${after}` });
          const all = ticket.fields.map((f) => f.value ?? '').join('\n');
          const core = secret.replace(/^Bearer /, '');
          return !all.includes(core);
        },
      ),
    );
  });
});

describe('support contact links', () => {
  it('builds mailto only for plain addresses, with an encoded subject and CRLF body', () => {
    expect(mailtoHref('help@omnium.no', 'A & B?', 'one\ntwo')).to.equal(
      'mailto:help@omnium.no?subject=A%20%26%20B%3F&body=one%0D%0Atwo',
    );
    for (const bad of [
      undefined,
      42,
      '',
      'javascript:alert(1)',
      'javascript:alert(1)//@x.io',
      'a@b',
      'help@example.com?cc=x@y.z',
      'help@example.com\nbcc:x@y.z',
      '"a"@example.com',
      'a%40b@example.com',
      'a,b@example.com',
    ]) {
      expect(mailtoHref(bad, 's', 'b'), String(bad)).to.equal(undefined);
    }
  });

  it('builds mailto even when typed text holds a lone surrogate, which would make encoding throw', () => {
    const href = mailtoHref('help@omnium.no', 'Order \uD83D', 'steps \uDE00 then 😀')!;
    expect(href).to.equal(
      `mailto:help@omnium.no?subject=${encodeURIComponent('Order \uFFFD')}&body=${encodeURIComponent('steps \uFFFD then 😀')}`,
    );
  });

  it('fits a long body into a mailto link mail clients accept, saying the rest is copied', () => {
    const note = 'The rest is copied: paste it here.';
    const short = fittedMailto('help@omnium.no', 'Order 17', 'one\ntwo', note)!;
    expect(short).to.deep.equal({
      href: mailtoHref('help@omnium.no', 'Order 17', 'one\ntwo'),
      shortened: false,
    });
    for (const line of ['Steps: open order 17, click Capture', 'خطوات: افتح الطلب 17']) {
      const body = Array.from({ length: 400 }, (_, i) => `${i}. ${line}`).join('\n');
      const long = fittedMailto('help@omnium.no', 'Order 17', body, note)!;
      expect(long.shortened).to.equal(true);
      expect(long.href.length).to.be.at.most(MAILTO_MAX);
      // As much as fits, cut at a line's end, then the note.
      expect(long.href.length).to.be.above(MAILTO_MAX - 300);
      const sent = decodeURIComponent(long.href.split('&body=')[1]!).replace(/\r\n/g, '\n');
      expect(sent.endsWith(`\n…\n${note}`)).to.equal(true);
      expect(body.startsWith(sent.slice(0, -`\n…\n${note}`.length) + '\n')).to.equal(true);
    }
    expect(fittedMailto('not an address', 's', 'b', note)).to.equal(undefined);
  });

  it('keeps the support site to http(s)', () => {
    expect(webHref('https://help.omnium.no')).to.equal('https://help.omnium.no/');
    expect(webHref(' http://intranet.example/support ')).to.equal(
      'http://intranet.example/support',
    );
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'help.omnium.no',
      '',
      null,
      {},
    ]) {
      expect(webHref(bad), String(bad)).to.equal(undefined);
    }
  });

  it('dials digits only', () => {
    expect(telHref('+47 22 12 01 01')).to.equal('tel:+4722120101');
    expect(telHref('(555) 010-0199')).to.equal('tel:5550100199');
    for (const bad of ['javascript:alert(1)', '12', '+', 'call me', 7, '1'.repeat(40)]) {
      expect(telHref(bad), String(bad)).to.equal(undefined);
    }
  });
});

describe('splitAround', () => {
  const catalog: Record<string, string> = {
    en: 'Call {{phone}}',
    ar: 'الاتصال بالرقم {{phone}}',
    middle: 'Ring {{phone}} today',
    none: 'Call the support desk',
  };
  const tFor =
    (which: string) =>
    (_key: string, options: Record<string, string>): string =>
      catalog[which]!.replace('{{phone}}', options.phone!);

  it('splits a sentence where the value goes, in any language', () => {
    expect(splitAround(tFor('en'), 'support.call', 'phone')).to.deep.equal(['Call ', '']);
    expect(splitAround(tFor('ar'), 'support.call', 'phone')).to.deep.equal(['الاتصال بالرقم ', '']);
    expect(splitAround(tFor('middle'), 'support.call', 'phone')).to.deep.equal(['Ring ', ' today']);
  });

  it('puts the value at the end of a sentence that leaves it out', () => {
    expect(splitAround(tFor('none'), 'support.call', 'phone')).to.deep.equal([
      'Call the support desk',
      '',
    ]);
  });
});

describe('copyText', () => {
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
  });

  const fakeClipboard = (writeText: (t: string) => Promise<void>) =>
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });

  it('uses the Clipboard API when it works', async () => {
    const seen: string[] = [];
    fakeClipboard(async (t) => void seen.push(t));
    expect(await copyText('ticket')).to.be.true;
    expect(seen).to.deep.equal(['ticket']);
  });

  it('falls back to a selected textarea when the Clipboard API refuses, and gives focus back', async () => {
    fakeClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    const original = document.execCommand;
    let selected = '';
    document.execCommand = ((command: string) => {
      const area = document.activeElement as HTMLTextAreaElement;
      selected = command === 'copy' ? area.value.slice(area.selectionStart, area.selectionEnd) : '';
      return true;
    }) as typeof document.execCommand;
    try {
      expect(await copyText('fallback text')).to.be.true;
    } finally {
      document.execCommand = original;
    }
    expect(selected).to.equal('fallback text');
    expect(document.activeElement).to.equal(button);
    expect(document.querySelector('textarea')).to.equal(null);
    button.remove();
  });

  it('reports failure instead of throwing when nothing can copy', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    const original = document.execCommand;
    document.execCommand = () => {
      throw new Error('not allowed');
    };
    try {
      expect(await copyText('x')).to.be.false;
    } finally {
      document.execCommand = original;
    }
  });
});
