import { expect, waitUntil } from '@open-wc/testing';
import { openPageFrame } from '../page-frame.js';
import type { ErrorBanner, RetryButton, SupportChecklist } from '../../src/elements.js';
import { en } from '../../src/i18n/locales/en.js';

interface CspWindow extends Window {
  __violations: string[];
}

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The CSP page (served with the strict header by web-test-runner.config.mjs), loaded same-origin. */
const openPage = () =>
  openPageFrame<CspWindow>('/test/hardening/csp/page.html', {
    message: 'the CSP page never rendered',
    timeout: 20_000,
  });

describe('under a strict Content-Security-Policy', function () {
  this.timeout(30_000);
  let page: Awaited<ReturnType<typeof openPage>>;

  before(async () => {
    page = await openPage();
  });
  after(() => page.frame.remove());

  it('renders every element with its styles, server text as text, and no violation', async () => {
    const { doc, win } = page;
    const banner = doc.querySelector<ErrorBanner>('error-banner')!;
    const root = banner.shadowRoot!;
    expect(text(root.querySelector('[part~="headline"]'))).to.not.equal('');
    expect(text(root.querySelector('#detail'))).to.equal(
      'The order moved on <img src=x onerror=alert(1)>',
    );
    expect(root.querySelector('img')).to.equal(null);
    expect(text(root.querySelector('#reference-value'))).to.equal('err-7f3a');
    // The styles arrived (adopted stylesheets are allowed by style-src 'self'): the accent stripe.
    const base = root.querySelector<HTMLElement>('[part~="base"]')!;
    expect(parseFloat(win.getComputedStyle(base).borderInlineStartWidth)).to.be.greaterThan(0);
    const checklist = doc.querySelector<SupportChecklist>('support-checklist')!;
    expect(text(checklist.shadowRoot!.querySelector('[part~="title"]'))).to.equal(en.support.title);
    expect(win.__violations).to.deep.equal([]);
  });

  it('works there: retry, fill the checklist and dismiss, still without a violation', async () => {
    const { doc, win } = page;
    // The banner's built-in retry button (through Lit's static templates and trusted types).
    const retrying = doc.querySelector<ErrorBanner>('#retrying')!;
    const inner = retrying.shadowRoot!.querySelector<RetryButton>('retry-button')!;
    expect(inner, 'the banner renders its retry button').to.not.equal(null);
    await waitUntil(() => inner.shadowRoot!.querySelector('[part~="base"]'), 'no retry button');
    // A 503 with Retry-After: 1 counts down first; a click only counts once the server's wait is over.
    await waitUntil(
      () => {
        if (inner.state === 'idle')
          inner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="base"]')?.click();
        return inner.state === 'succeeded';
      },
      `retry did not succeed (${inner.state})`,
      { timeout: 5000, interval: 100 },
    );
    expect(text(inner.shadowRoot!.querySelector('[part~="status"]'))).to.equal(en.retry.succeeded);

    const checklist = doc.querySelector<SupportChecklist>('support-checklist')!;
    const form = checklist.shadowRoot!;
    const steps = form.querySelector<HTMLTextAreaElement>('textarea[name="steps"]')!;
    steps.value = 'Open order 17';
    steps.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await checklist.updateComplete;
    expect(form.querySelector('[part~="preview"]')!.textContent).to.include('Open order 17');

    const banner = doc.querySelector<ErrorBanner>('error-banner')!;
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
    await banner.updateComplete;
    expect(banner.open).to.equal(false);
    // The live region is styled through the CSSOM, which the policy allows.
    expect(doc.getElementById('faultline-live-region')).to.not.equal(null);
    expect(win.__violations).to.deep.equal([]);
  });

  it('is really enforced there: eval is refused and reported', () => {
    const { win } = page;
    expect(() => (win as unknown as { eval: (s: string) => unknown }).eval('1 + 1')).to.throw();
  });
});
