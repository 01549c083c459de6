// <error-banner> and <error-provider> rendered by React 19, as an app writes them: objects go in
// as properties, `onfaultline-*` props become event listeners, attributes stay attributes.
import { expect, waitUntil } from '@open-wc/testing';
import { React, createRoot, flushSync, hydrateRoot, renderToString } from 'bundle:react';
import '../../src/index.js';
import { normalizeError } from '../../src/core/normalize.js';
import type { SupportChecklist } from '../../src/elements/support-checklist/support-checklist.js';
import type { FaultlineSignInEvent } from '../../src/events/sign-in.js';
import type { FaultlineSupportTicketEvent } from '../../src/events/support-ticket.js';
import {
  expected,
  part,
  pressRetry,
  textOf,
  translators,
} from '../elements/error-banner-helpers.js';
import type { ErrorBanner } from '../elements/error-banner-helpers.js';
import { checklistError, copyTicket, expectNorwegian, fullContext } from './framework-scenarios.js';

const h = React.createElement;

describe('in React 19', () => {
  let host: HTMLElement;
  let root: ReturnType<typeof createRoot>;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });

  afterEach(() => {
    root.unmount();
    host.remove();
  });

  async function banner(): Promise<ErrorBanner> {
    const el = host.querySelector<ErrorBanner>('error-banner')!;
    await el.updateComplete;
    return el;
  }

  it('takes the error as a property and says what the catalogs say', async () => {
    const error = normalizeError('', { status: 401, method: 'GET', endpoint: '/api/orders/17' });
    flushSync(() => root.render(h('error-banner', { error })));
    const el = await banner();
    const { en } = await translators();
    expect(el.error).to.equal(error);
    expect(el.hasAttribute('error')).to.be.false;
    expect(textOf(part(el, 'headline'))).to.equal(expected(el, en).headline);
    expect(textOf(part(el, 'next-step'))).to.equal(expected(el, en).nextStep);
  });

  it('calls an onfaultline-sign-in prop with the error when Sign in is pressed', async () => {
    const error = normalizeError('', { status: 401, method: 'GET' });
    const calls: FaultlineSignInEvent[] = [];
    const onSignIn = (e: FaultlineSignInEvent) => calls.push(e);
    flushSync(() =>
      root.render(h('error-banner', { error, refreshed: true, 'onfaultline-sign-in': onSignIn })),
    );
    const el = await banner();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="sign-in"]');
    expect(textOf(button)).to.equal('Sign in');
    button!.click();
    expect(calls).to.have.length(1);
    expect(calls[0].detail.error).to.equal(el.normalizedError);
  });

  it('follows a re-render: a new error, a boolean and a string attribute', async () => {
    flushSync(() => root.render(h('error-banner', { error: { status: 503 }, method: 'GET' })));
    const el = await banner();
    const { en } = await translators();
    const unavailable = expected(el, en).headline;
    expect(el.normalizedError.kind).to.equal('unavailable');
    expect(textOf(part(el, 'headline'))).to.equal(unavailable);
    flushSync(() =>
      root.render(
        h('error-banner', {
          error: { status: 403 },
          method: 'GET',
          dismissible: true,
          variant: 'toast',
        }),
      ),
    );
    await el.updateComplete;
    expect(host.querySelector('error-banner')).to.equal(el);
    expect(el.normalizedError.kind).to.equal('forbidden');
    expect(textOf(part(el, 'headline'))).to.equal(expected(el, en).headline);
    expect(expected(el, en).headline).to.not.equal(unavailable);
    expect(el.dismissible).to.be.true;
    expect(el.variant).to.equal('toast');
    expect(part(el, 'close-button')).to.exist;
  });

  it('speaks the language of an <error-provider> React renders around it', async () => {
    const error = normalizeError('', { status: 404, method: 'GET' });
    flushSync(() => root.render(h('error-provider', { lang: 'nb' }, h('error-banner', { error }))));
    await expectNorwegian(await banner());
  });

  it('runs a retryAction function prop from the built-in retry button and reports success', async () => {
    const error = normalizeError('', { status: 503, method: 'GET', endpoint: '/api/orders' });
    const signals: AbortSignal[] = [];
    const successes: unknown[] = [];
    const retryAction = async (signal: AbortSignal) => {
      signals.push(signal);
      return 'saved';
    };
    flushSync(() =>
      root.render(
        h('error-banner', {
          error,
          retryAction,
          'onfaultline-retry-success': (e: CustomEvent<{ value: unknown }>) =>
            successes.push(e.detail.value),
        }),
      ),
    );
    const el = await banner();
    await pressRetry(el);
    await waitUntil(() => successes.length > 0, 'no faultline-retry-success reached React');
    expect(signals).to.have.length(1);
    expect(signals[0]).to.be.instanceOf(AbortSignal);
    expect(successes).to.deep.equal(['saved']);
  });

  for (const page of [{ lang: 'en' }, { lang: 'ar', dir: 'rtl' }] as const) {
    it(`hydrates a server-rendered page (${page.lang}) and shows the error the client sets later`, async () => {
      // A server-rendering framework (Next.js, Remix) sends the kit's tags waiting, with only
      // their string props; the failure happens in the browser and reaches the banner through a
      // re-render. (React 19.3 sets a custom element's properties and on… listeners only once
      // their value changes after hydrating, facebook/react#35446; the README says what to do.)
      const error = normalizeError('', { status: 409, method: 'PUT', endpoint: '/api/orders/17' });
      const app = (e?: unknown) =>
        h(
          'error-provider',
          { 'support-email': 'help@example.com' },
          h('error-banner', { error: e, variant: 'toast' }),
          h('retry-button', { error: e }),
          h('support-checklist', { error: e }),
        );
      const markup = renderToString(app());
      expect(markup).to.equal(
        '<error-provider support-email="help@example.com"><error-banner variant="toast"></error-banner>' +
          '<retry-button></retry-button><support-checklist></support-checklist></error-provider>',
      );
      // A root's first render clears its container: the client-only root goes before the markup.
      root.unmount();
      for (const [name, value] of Object.entries(page)) host.setAttribute(name, value);
      host.append(...new DOMParser().parseFromString(markup, 'text/html').body.childNodes);
      const el = host.querySelector<ErrorBanner>('error-banner')!;
      const recoverable: unknown[] = [];
      // act() lets hydration finish before the client's update, as time does in a real page.
      const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
      scope.IS_REACT_ACT_ENVIRONMENT = true;
      // React (in development) reports an attribute the element grew before hydrating, as a
      // mismatch: a waiting banner must keep exactly the attributes the server sent.
      const logged: string[] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
      try {
        await React.act(async () => {
          root = hydrateRoot(host, app(), {
            onRecoverableError: (e: unknown) => recoverable.push(e),
          });
        });
      } finally {
        delete scope.IS_REACT_ACT_ENVIRONMENT;
        console.error = consoleError;
      }
      expect(logged).to.deep.equal([]);
      expect(el.getAttributeNames()).to.deep.equal(['variant']);
      for (const tag of ['error-provider', 'retry-button', 'support-checklist']) {
        const other = host.querySelector<ErrorBanner>(tag)!;
        await other.updateComplete;
        expect(other.getAttributeNames(), tag).to.deep.equal(
          tag === 'error-provider' ? ['support-email'] : [],
        );
      }
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.equal('');
      flushSync(() => root.render(app(error)));
      const t = (await translators())[page.lang];
      await waitUntil(() => textOf(part(el, 'headline')) === expected(el, t).headline);
      expect(recoverable).to.deep.equal([]);
      expect(host.querySelector('error-banner')).to.equal(el);
      expect(el.variant).to.equal('toast');
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal(
        page.lang === 'ar' ? 'rtl' : 'ltr',
      );
    });
  }

  it('gives <support-checklist> its context object and hears its ticket event', async () => {
    const tickets: FaultlineSupportTicketEvent[] = [];
    flushSync(() =>
      root.render(
        h('support-checklist', {
          error: checklistError(),
          context: fullContext(),
          'onfaultline-support-ticket': (e: FaultlineSupportTicketEvent) => tickets.push(e),
        }),
      ),
    );
    const el = host.querySelector<SupportChecklist>('support-checklist')!;
    await el.updateComplete;
    await copyTicket(el, () => tickets.length > 0, 'React');
    expect(tickets[0]!.detail.ticket.fields.length).to.be.above(0);
  });
});
