// <error-banner> and <error-provider> rendered by React 19, as an app writes them: objects go in
// as properties, `onfaultline-*` props become event listeners, attributes stay attributes.
import { expect, waitUntil } from '@open-wc/testing';
import { React, createRoot, flushSync } from 'bundle:react';
import '../../src/index.js';
import { normalizeError } from '../../src/core/normalize.js';
import type { RetryButton } from '../../src/elements/retry-button/retry-button.js';
import type { FaultlineSignInEvent } from '../../src/events/sign-in.js';
import { expected, part, textOf, translators } from '../elements/error-banner-helpers.js';
import type { ErrorBanner } from '../elements/error-banner-helpers.js';

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
    expect(el.normalizedError.kind).to.equal('unavailable');
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
    expect(el.dismissible).to.be.true;
    expect(el.variant).to.equal('toast');
    expect(part(el, 'close-button')).to.exist;
  });

  it('speaks the language of an <error-provider> React renders around it', async () => {
    const error = normalizeError('', { status: 404, method: 'GET' });
    flushSync(() => root.render(h('error-provider', { lang: 'nb' }, h('error-banner', { error }))));
    const el = await banner();
    const { nb } = await translators();
    await el.updateComplete;
    expect(textOf(part(el, 'headline'))).to.equal(expected(el, nb).headline);
    expect(expected(el, nb).headline).to.not.equal(expected(el, (await translators()).en).headline);
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
    const retry = el.shadowRoot!.querySelector<RetryButton>('retry-button')!;
    await retry.updateComplete;
    retry.shadowRoot!.querySelector<HTMLButtonElement>('[part="base"]')!.click();
    await waitUntil(() => successes.length > 0, 'no faultline-retry-success reached React');
    expect(signals).to.have.length(1);
    expect(signals[0]).to.be.instanceOf(AbortSignal);
    expect(successes).to.deep.equal(['saved']);
  });
});
