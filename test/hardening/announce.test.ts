import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ErrorBanner } from '../../src/elements.js';
import { liveRegion } from '../../src/controllers/announcer.js';
import { normalizeError } from '../../src/core.js';
import { clearLiveRegions, expected, translators } from '../elements/error-banner-helpers.js';

/** Everything added to the live regions from now on, in order, with its politeness. */
function listen() {
  liveRegion('polite');
  liveRegion('assertive');
  const heard: { text: string; politeness: string }[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes)
        if (n.nodeName === 'P')
          heard.push({
            text: n.textContent ?? '',
            politeness: (r.target as HTMLElement).dataset.politeness ?? '',
          });
  });
  observer.observe(document.getElementById('faultline-live-region')!, {
    childList: true,
    subtree: true,
  });
  return { heard, stop: () => observer.disconnect() };
}

const settle = () => new Promise((r) => setTimeout(r, 400));
const saidOf = async (el: ErrorBanner) => {
  const { en } = await translators();
  const d = expected(el, en);
  return `${d.headline} ${d.nextStep}`;
};

const conflict = () => normalizeError('', { status: 409, method: 'PUT', endpoint: '/orders/17' });
const forbidden = () => normalizeError('', { status: 403, method: 'GET', endpoint: '/orders/17' });
const warning = () =>
  normalizeError(
    { errors: [{ message: 'Deprecated field', extensions: { code: 'C0141W' } }] },
    { status: 200 },
  );

describe('announcements reach the live region once', () => {
  let log: ReturnType<typeof listen>;
  beforeEach(() => {
    clearLiveRegions();
    log = listen();
  });
  afterEach(() => log.stop());

  it('reads both of two errors that arrive together in two banners, each once', async () => {
    // Created with their errors: a banner without one shows (and says) the `unknown` message.
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const [a, b] = [document.createElement('error-banner'), document.createElement('error-banner')];
    a.error = conflict();
    b.error = forbidden();
    host.append(a, b);
    await Promise.all([a.updateComplete, b.updateComplete]);
    const [sayA, sayB] = [await saidOf(a), await saidOf(b)];
    expect(sayA).to.not.equal(sayB);
    await waitUntil(() => log.heard.length >= 2, 'not both announced');
    await settle();
    expect(log.heard.map((h) => h.text).sort()).to.deep.equal([sayA, sayB].sort());
    expect(log.heard.every((h) => h.politeness === 'assertive')).to.equal(true);
  });

  it('does not repeat an error on re-render, on the same error again, or on a second banner with the same text', async () => {
    const error = conflict();
    const host = await fixture<HTMLElement>(
      html`<div><error-banner .error=${error}></error-banner></div>`,
    );
    const a = host.querySelector<ErrorBanner>('error-banner')!;
    await waitUntil(() => log.heard.length === 1, 'never announced');
    a.attempt = 1;
    a.dismissible = true;
    await a.updateComplete;
    a.error = error;
    await a.updateComplete;
    const b = document.createElement('error-banner');
    b.error = error;
    host.append(b);
    await b.updateComplete;
    await settle();
    expect(log.heard.map((h) => h.text)).to.deep.equal([await saidOf(a)]);
  });

  it('reads a new error in the same banner, and a warning politely', async () => {
    const host = await fixture<HTMLElement>(
      html`<div><error-banner .error=${conflict()}></error-banner></div>`,
    );
    const a = host.querySelector<ErrorBanner>('error-banner')!;
    await waitUntil(() => log.heard.length === 1, 'never announced');
    a.error = warning();
    await a.updateComplete;
    await waitUntil(() => log.heard.length === 2, 'the new error was lost');
    await settle();
    expect(log.heard[1]).to.deep.equal({ text: await saidOf(a), politeness: 'polite' });
    expect(log.heard).to.have.length(2);
  });

  it('reads the same failure again when it happens again, even in the same words', async () => {
    const host = await fixture<HTMLElement>(
      html`<div><error-banner .error=${conflict()}></error-banner></div>`,
    );
    const a = host.querySelector<ErrorBanner>('error-banner')!;
    await waitUntil(() => log.heard.length === 1, 'never announced');
    a.error = conflict(); // a new failure, one second later, worded the same
    await a.updateComplete;
    await waitUntil(() => log.heard.length === 2, 'the repeated failure was not read');
    expect(log.heard[1]!.text).to.equal(log.heard[0]!.text);
    // Still one node per message in the region, not a pile.
    expect(liveRegion('assertive').children).to.have.length(1);
  });

  it('does not read an outage twice because two banners that spoke before both meet it', async () => {
    const host = await fixture<HTMLElement>(
      html`<div>
        <error-banner .error=${conflict()}></error-banner
        ><error-banner .error=${forbidden()}></error-banner>
      </div>`,
    );
    const [a, b] = host.querySelectorAll<ErrorBanner>('error-banner');
    await waitUntil(() => log.heard.length === 2, 'not both announced');
    a!.error = normalizeError('', { status: 503, method: 'GET' });
    await a!.updateComplete;
    await waitUntil(() => log.heard.length === 3, 'the outage was not read');
    b!.error = normalizeError('', { status: 503, method: 'GET' });
    await b!.updateComplete;
    await settle();
    expect(log.heard).to.have.length(3);
  });

  it('marks each announcement with its language and direction', async () => {
    const { ar } = await translators();
    const host = await fixture<HTMLElement>(
      html`<div lang="ar"><error-banner .error=${conflict()}></error-banner></div>`,
    );
    const a = host.querySelector<ErrorBanner>('error-banner')!;
    await waitUntil(() => log.heard.length === 1, 'never announced');
    expect(log.heard[0]!.text).to.equal(`${expected(a, ar).headline} ${expected(a, ar).nextStep}`);
    const node = liveRegion('assertive').lastElementChild as HTMLElement;
    expect(node.lang).to.equal('ar');
    expect(getComputedStyle(node).direction).to.equal('rtl');
  });

  it('stays quiet for a page banner (it moves focus instead) and for a checklist appearing beside it', async () => {
    await fixture<HTMLElement>(
      html`<div>
        <error-banner variant="page" .error=${forbidden()}></error-banner>
        <support-checklist .error=${forbidden()}></support-checklist>
      </div>`,
    );
    await settle();
    expect(log.heard).to.deep.equal([]);
  });
});
