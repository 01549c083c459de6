// The kit as a page with no bundler gets it: the package's own build (not the sources the other
// tests run), Lit's production build, and every bare name resolved by the README's import map.
// scripts/installed-kit.mjs builds the package and serves the page (test/installed/index.html).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { openPageFrame } from '../page-frame.js';
import type * as Core from '../../src/core.js';
import type * as Kit from '../../src/index.js';
import {
  expected,
  part,
  textOf,
  translators,
  type ErrorBanner,
} from '../elements/error-banner-helpers.js';
import type { RetryButton } from '../../src/elements.js';

interface InstalledWindow extends Window {
  __errors: string[];
  __kit: { kit: typeof Kit; core: typeof Core };
}

// The first request builds the package (a few seconds); later engines reuse that build.
const openPage = () =>
  openPageFrame<InstalledWindow>('/installed/', {
    message: 'the page never loaded the kit (a 404 or a build error is in the test runner log)',
    timeout: 60_000,
  });

/** The paths the page fetched, in order. */
const fetched = (win: Window) =>
  win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

/** The import map of the README's "no bundler" example, as an object. */
async function readmeImportMap(): Promise<unknown> {
  const readme = await (await fetch('/README.md')).text();
  const block = /```html\n(<script type="importmap">[\s\S]*?<\/script>)/.exec(readme)?.[1];
  expect(block, 'README has no import map example').to.be.a('string');
  return JSON.parse(block!.replace(/<\/?script[^>]*>/g, ''));
}

describe('the installed package in a page with no bundler', function () {
  this.timeout(90_000);
  let page: Awaited<ReturnType<typeof openPage>>;
  let doc: Document;
  const banner = (id: string) => doc.getElementById(id) as ErrorBanner;

  before(async () => {
    page = await openPage();
    doc = page.doc;
  });
  after(() => page.frame.remove());

  it('uses the README import map, which resolves every name to the build and production Lit', async () => {
    const map = doc.querySelector('script[type="importmap"]')!.textContent!;
    expect(JSON.parse(map)).to.deep.equal(await readmeImportMap());

    const paths = fetched(page.win);
    expect(paths).to.include('/installed/node_modules/faultline/dist/index.js');
    expect(paths).to.include('/installed/node_modules/faultline/dist/core.js');
    expect(paths).to.include('/installed/node_modules/lit/index.js');
    expect(paths).to.include('/installed/node_modules/i18next/dist/esm/i18next.js');
    // Nothing from the sources, nothing from outside the page's folder, no development builds.
    expect(paths.filter((p) => !p.startsWith('/installed/'))).to.deep.equal([]);
    expect(paths.filter((p) => p.includes('/development/'))).to.deep.equal([]);
    expect(paths.filter((p) => p.includes('/src/'))).to.deep.equal([]);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('shows the error a banner was given before the kit loaded, and its Sign in works', async () => {
    const el = banner('early');
    await el.updateComplete;
    const { en } = await translators();
    expect(el.normalizedError.status).to.equal(401);
    expect(textOf(part(el, 'headline'))).to.equal(expected(el, en).headline);
    expect(textOf(part(el, 'next-step'))).to.equal(expected(el, en).nextStep);

    const signIn = oneEvent(doc, 'faultline-sign-in');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="sign-in"]')!.click();
    expect(((await signIn) as CustomEvent<{ error: unknown }>).detail.error).to.equal(
      el.normalizedError,
    );
  });

  it("loads Norwegian and Arabic from the package's own chunks", async () => {
    const { en, nb, ar } = await translators();
    const norwegian = banner('nb');
    await waitUntil(
      () => textOf(part(norwegian, 'headline')) === expected(norwegian, nb).headline,
      'the Norwegian banner never spoke Norwegian',
    );
    expect(expected(norwegian, nb).headline).to.not.equal(expected(norwegian, en).headline);

    const arabic = banner('ar');
    await waitUntil(
      () => textOf(part(arabic, 'headline')) === expected(arabic, ar).headline,
      'the Arabic banner never spoke Arabic',
    );
    expect(page.win.getComputedStyle(part(arabic, 'base')!).direction).to.equal('rtl');

    const chunks = fetched(page.win).filter((p) => p.includes('/faultline/dist/chunks/'));
    expect(chunks.some((p) => /\/nb-[\w-]+\.js$/.test(p))).to.equal(true);
    expect(chunks.some((p) => /\/ar-[\w-]+\.js$/.test(p))).to.equal(true);
  });

  it('faultline/core and faultline are one module: a critical write keeps "never, reload"', async () => {
    const { kit, core } = page.win.__kit;
    expect(core.normalizeError).to.equal(kit.normalizeError);
    const el = doc.createElement('error-banner') as ErrorBanner;
    el.error = core.normalizeError('', { status: 503, method: 'POST', critical: true });
    doc.body.append(el);
    await el.updateComplete;
    expect(el.retryAdvice).to.include({ retry: 'never', action: 'reload' });
    el.remove();

    const ticket = core.buildTicket(el.normalizedError, {
      user: 'kari@example.com',
      description:
        'Saved with Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl',
    });
    const text = core.formatTicket(ticket, 'text');
    expect(text).to.include('kari@example.com');
    expect(text).to.not.include('eyJhbGciOiJIUzI1NiJ9');
  });

  it('the retry button runs its action and reports success', async () => {
    const el = doc.getElementById('retry') as RetryButton;
    el.error = page.win.__kit.core.normalizeError('', { status: 503, method: 'GET' });
    el.action = async () => 'saved';
    await el.updateComplete;
    const success = oneEvent(el, 'faultline-retry-success');
    el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!.click();
    expect(((await success) as CustomEvent<{ value: unknown }>).detail.value).to.equal('saved');
    expect(page.win.__errors).to.deep.equal([]);
  });
});
