import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { ErrorBanner, RetryButton, SupportChecklist } from '../../src/elements.js';
import { normalizeError } from '../../src/core.js';
import type { NormalizeInit } from '../../src/core.js';
import { ERROR_KINDS } from '../../src/core/types.js';
import { BANNER_VARIANTS } from '../../src/elements/error-banner/error-banner.types.js';
import { en } from '../../src/i18n/locales/en.js';
import { BY_KIND } from '../elements/error-banner-helpers.js';

const READ: NormalizeInit = { method: 'GET', endpoint: '/orders/17' };
const WRITE: NormalizeInit = { method: 'POST', endpoint: '/orders/17/notes' };
const err = (status: number, init: NormalizeInit = READ, body: unknown = '') =>
  normalizeError(body, { ...init, status });
const byKind = (kind: (typeof ERROR_KINDS)[number]) => normalizeError(...BY_KIND[kind]);
const never = () => new Promise<unknown>(() => {});
const fail = async () => {
  throw new TypeError('Failed to fetch');
};

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** WebKitWebDriver drops some spaces inside `type` (also in a plain <textarea>): press them. */
async function typeText(text: string) {
  const words = text.split(' ');
  for (const [i, word] of words.entries()) {
    if (i) await sendKeys({ press: ' ' });
    await sendKeys({ type: word });
  }
}

function activeDeep(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** One state of one element: how to get there, and the state the element must then be in. */
interface State {
  name: string;
  template: TemplateResult;
  /** Drives the element into the state, after the first render. */
  drive?: (host: HTMLElement) => Promise<void>;
  /** Checks the state was reached (so axe judges what the name says). */
  reached: (host: HTMLElement) => boolean;
}

const button = (host: HTMLElement) => host.querySelector<RetryButton>('retry-button')!;
const clickRetry = async (host: HTMLElement) => {
  part(button(host), 'base')!.click();
  await button(host).updateComplete;
};
const inState = (s: string) => (host: HTMLElement) => button(host).state === s;

const STATES: State[] = [
  ...BANNER_VARIANTS.flatMap((variant) =>
    ERROR_KINDS.map((kind): State => ({
      name: `<error-banner variant=${variant}> ${kind}`,
      template: html`<error-provider support-email="help@example.com"
        ><error-banner
          variant=${variant}
          dismissible
          .error=${byKind(kind)}
          .retryAction=${async () => 1}
        ></error-banner
      ></error-provider>`,
      reached: (h) => !!part(h.querySelector('error-banner')!, 'headline'),
    })),
  ),
  {
    name: '<error-banner> warning with detail, fields and reference',
    template: html`<error-banner
      .error=${normalizeError(
        {
          errors: [
            { message: 'Ref is too long', path: ['order', 'ref'], extensions: { code: 'C0141W' } },
            { message: 'Qty', path: ['order', 'qty'], extensions: { code: 'C0140W' } },
          ],
        },
        { status: 200, headers: { 'x-request-id': 'req-77' } },
      )}
    ></error-banner>`,
    reached: (h) =>
      h.getAttribute('severity') === 'warning' && !!part(h, 'fields') && !!part(h, 'reference'),
  },
  {
    name: '<error-banner> closed',
    template: html`<error-banner .open=${false} .error=${err(500)}></error-banner>`,
    reached: (h) => !(h as ErrorBanner).open,
  },
  {
    name: '<error-banner> in Arabic, right to left',
    template: html`<error-provider lang="ar"
      ><error-banner dismissible .error=${err(409, WRITE)}></error-banner
    ></error-provider>`,
    // Right to left once the Arabic strings are in: the direction follows the text shown.
    drive: (h) => waitUntil(() => h.querySelector('error-banner')!.getAttribute('dir') === 'rtl'),
    reached: (h) => h.querySelector('error-banner')!.getAttribute('dir') === 'rtl',
  },
  ...(
    [
      ['idle', err(502), async () => 1, undefined],
      [
        'waiting',
        normalizeError('', { ...READ, status: 429, headers: { 'retry-after': '30' } }),
        async () => 1,
        undefined,
      ],
      ['blocked', err(403), async () => 1, undefined],
      ['confirming', err(500, WRITE), async () => 1, clickRetry],
      ['running', err(502), never, clickRetry],
      ['succeeded', err(502), async () => 1, clickRetry],
      ['failed', err(502), fail, clickRetry],
    ] as const
  ).map(([state, error, action, drive]): State => ({
    name: `<retry-button> ${state}`,
    template: html`<div><retry-button .error=${error} .action=${action}></retry-button></div>`,
    drive:
      drive &&
      (async (h) => {
        // A retryable read may first count down; the state under test starts from the button.
        await waitUntil(
          () => part(button(h), 'base') && button(h).state !== 'waiting',
          'no button',
          { timeout: 4000 },
        ).catch(() => {});
        await drive(h);
        await waitUntil(() => inState(state)(h), `never ${state} (${button(h).state})`);
      }),
    reached: inState(state),
  })),
  {
    name: '<retry-button> exhausted',
    template: html`<div>
      <retry-button max-attempts="1" .error=${err(502)} .action=${fail}></retry-button>
    </div>`,
    drive: async (h) => {
      await clickRetry(h);
      await waitUntil(() => inState('exhausted')(h), `never exhausted (${button(h).state})`);
    },
    reached: inState('exhausted'),
  },
  {
    name: '<support-checklist> with nothing known',
    template: html`<support-checklist .error=${err(500, WRITE)}></support-checklist>`,
    reached: (h) => !!part(h, 'form'),
  },
  {
    name: '<support-checklist> with everything known',
    template: html`<support-checklist
      .error=${normalizeError('', { ...WRITE, status: 409, headers: { 'x-request-id': 'req-1' } })}
      .context=${{ clientId: 'C-1', environment: 'prod', user: 'ada', ids: { orderId: '17' }, retries: 1, description: 'd', steps: 's' }}
    ></support-checklist>`,
    reached: (h) => !part(h, 'field-missing'),
  },
  ...(['text', 'markdown', 'json'] as const).map((format): State => ({
    name: `<support-checklist> showing every problem, ${format}`,
    template: html`<error-provider
      support-email="help@example.com"
      support-url="https://help.example.com"
      support-phone="+47 22 12 01 01"
      ><support-checklist format=${format} .error=${err(500, WRITE)}></support-checklist
    ></error-provider>`,
    drive: async (h) => {
      part(h.querySelector('support-checklist')!, 'copy-button')!.click();
      await waitUntil(
        () => part(h.querySelector('support-checklist')!, 'error'),
        'no problem shown',
      );
    },
    reached: (h) => !!part(h.querySelector('support-checklist')!, 'error'),
  })),
  {
    name: '<support-checklist> in Arabic, right to left',
    template: html`<error-provider lang="ar"
      ><support-checklist .error=${err(404)}></support-checklist
    ></error-provider>`,
    // Right to left once the Arabic strings are in: the direction follows the text shown.
    drive: (h) =>
      waitUntil(() => h.querySelector('support-checklist')!.getAttribute('dir') === 'rtl'),
    reached: (h) => h.querySelector('support-checklist')!.getAttribute('dir') === 'rtl',
  },
];

describe('accessibility: every element in every state passes axe', function () {
  this.timeout(30_000);
  let passed = 0;
  after(() => console.log(`[hardening] axe checks passed: ${passed} of ${STATES.length}`));

  for (const state of STATES) {
    it(`passes axe: ${state.name}`, async () => {
      const host = await fixture<HTMLElement>(state.template);
      await state.drive?.(host);
      expect(state.reached(host), `state not reached: ${state.name}`).to.equal(true);
      await expect(host).to.be.accessible();
      passed++;
    });
  }
});

describe('accessibility: keyboard only, banner → retry → checklist → copy', function () {
  this.timeout(30_000);
  afterEach(() => delete (navigator as unknown as Record<string, unknown>).clipboard);

  it('reaches and operates every step with Tab, Enter, Space and typing', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (s: string) => void copied.push(s) },
    });
    let attempts = 0;
    const page = await fixture<HTMLElement>(html`
      <div>
        <button id="start">Start</button>
        <error-banner
          .error=${err(502)}
          .retryAction=${async () => {
            attempts++;
            throw new TypeError('Failed to fetch');
          }}
        ></error-banner>
        <support-checklist
          .error=${err(502)}
          .context=${{ tenant: 'acme', environment: 'prod', user: 'ada', ids: { orderId: '17' } }}
        ></support-checklist>
      </div>
    `);
    const banner = page.querySelector<ErrorBanner>('error-banner')!;
    const checklist = page.querySelector<SupportChecklist>('support-checklist')!;
    page.querySelector<HTMLButtonElement>('#start')!.focus();

    /** Tabs forward until `match` holds for the focused element (through shadow roots). */
    async function tabTo(match: (el: Element) => boolean, what: string) {
      for (let i = 0; i < 40; i++) {
        await sendKeys({ press: 'Tab' });
        const a = activeDeep();
        if (a && match(a)) return a as HTMLElement;
      }
      throw new Error(`Tab never reached ${what}`);
    }

    // 1. The banner's retry button, by Tab; Enter retries.
    const retry = banner.shadowRoot!.querySelector<RetryButton>('retry-button')!;
    await tabTo(
      (a) => a.getRootNode() === retry.shadowRoot && a.matches('[part~="base"]'),
      'the retry button',
    );
    await waitUntil(
      () => retry.state !== 'waiting' || retry.shadowRoot!.querySelector('[aria-disabled="false"]'),
      'retry never offered',
      {
        timeout: 5000,
      },
    );
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => attempts === 1, 'Enter did not retry');
    await waitUntil(() => retry.state !== 'running', 'the attempt never settled');
    // Focus stays in the retry control after the attempt (not lost to <body>).
    expect(retry.shadowRoot!.contains(activeDeep())).to.equal(true);

    // 2. Into the checklist: type what was being done and the steps.
    const description = await tabTo(
      (a) => a.getAttribute('name') === 'description',
      'the description',
    );
    await typeText('Saving a note');
    expect((description as HTMLTextAreaElement).value).to.equal('Saving a note');
    await tabTo((a) => a.getAttribute('name') === 'steps', 'the steps');
    await typeText('Open order 17');
    await checklist.updateComplete;
    const retries = checklist.shadowRoot!.querySelector<HTMLInputElement>('[name="retries"]')!;
    if (!retries.value) {
      retries.focus();
      await sendKeys({ type: '1' });
    }

    // 3. The format by arrow keys, then copy with Space.
    await tabTo((a) => a.matches('input[type="radio"]'), 'the format choice');
    await sendKeys({ press: 'ArrowRight' });
    await checklist.updateComplete;
    expect(checklist.format).to.equal('markdown');
    await tabTo((a) => a.matches('[part~="copy-button"]'), 'the copy button');
    await sendKeys({ press: ' ' });
    await waitUntil(() => part(checklist, 'copy-status'), 'Space did not copy');
    expect(part(checklist, 'copy-status')!.textContent!.trim()).to.equal(en.actions.copied);
    expect(copied).to.have.length(1);
    expect(copied[0]).to.include('Saving a note').and.include('Open order 17').and.include('- **');
  });
});
