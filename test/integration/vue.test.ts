// <error-banner> and <error-provider> in a Vue 3 template, as an app writes one: `:error` binds a
// (reactive) object as a property, `@faultline-*` listens to the kit's events.
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, nextTick } from 'bundle:vue';
import '../../src/index.js';
import { normalizeError } from '../../src/core/normalize.js';
import type { NormalizedError } from '../../src/core/types.js';
import { pressRetry } from '../elements/error-banner-helpers.js';
import type { ErrorBanner } from '../elements/error-banner-helpers.js';
import {
  criticalWrite,
  expectCriticalWriteKept,
  expectNorwegian,
  expiredSession,
  pressSignIn,
} from './framework-scenarios.js';

/** What an app passes to createApp: the kit's tags are custom elements, not Vue components. */
const isCustomElement = (tag: string) =>
  ['error-provider', 'error-banner', 'retry-button', 'support-checklist'].includes(tag);

describe('in Vue 3', () => {
  let host: HTMLElement;
  let unmount: () => void;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });

  afterEach(() => {
    unmount?.();
    host.remove();
  });

  /** Mounts a template with the given state; returns the live state and the banner. */
  async function mount<T extends object>(template: string, state: T) {
    const app = createApp({ template, data: () => state });
    app.config.compilerOptions.isCustomElement = isCustomElement;
    const vm = app.mount(host) as unknown as T;
    unmount = () => app.unmount();
    await nextTick();
    const el = host.querySelector<ErrorBanner>('error-banner')!;
    await el.updateComplete;
    return { vm, el };
  }

  it('binds a reactive error as a property, keeping its operation', async () => {
    // Vue wraps data in a Proxy: the banner must still see it as already normalized, or a
    // critical write would be re-read as a payload and lose what makes it critical.
    const error = criticalWrite();
    const { vm, el } = await mount('<error-banner :error="error"></error-banner>', { error });
    expect(el.error).to.equal((vm as { error: NormalizedError }).error);
    await expectCriticalWriteKept(el);
  });

  it('hears @faultline-sign-in when Sign in is pressed', async () => {
    const calls: Event[] = [];
    const { el } = await mount(
      '<error-banner :error="error" refreshed @faultline-sign-in="onSignIn"></error-banner>',
      {
        error: expiredSession(),
        onSignIn: (e: Event) => calls.push(e),
      },
    );
    pressSignIn(el);
    expect(calls).to.have.length(1);
    expect(calls[0].type).to.equal('faultline-sign-in');
  });

  it('re-renders when the bound error changes, and follows v-if', async () => {
    const { vm, el } = await mount(
      '<error-banner v-if="shown" :error="error" method="GET"></error-banner>',
      { shown: true, error: { status: 503 } as unknown },
    );
    expect(el.normalizedError.kind).to.equal('unavailable');
    const state = vm as { shown: boolean; error: unknown };
    state.error = { status: 404 };
    await nextTick();
    await el.updateComplete;
    expect(el.normalizedError.kind).to.equal('not_found');
    state.shown = false;
    await nextTick();
    expect(host.querySelector('error-banner')).to.equal(null);
  });

  it('speaks the language of an <error-provider> in the same template', async () => {
    const { el } = await mount(
      '<error-provider lang="nb"><error-banner :error="error"></error-banner></error-provider>',
      { error: normalizeError('', { status: 404, method: 'GET' }) },
    );
    await expectNorwegian(el);
  });

  // A property with no attribute is bound by its camelCase name; in-DOM templates lower-case
  // attribute names, so there `.camel` turns the kebab-case name back into the property.
  for (const binding of [':retryAction', ':retry-action.camel']) {
    it(`runs a retryAction bound as ${binding} from the built-in retry button`, async () => {
      const successes: unknown[] = [];
      const { el } = await mount(
        `<error-banner :error="error" ${binding}="retry" @faultline-retry-success="done"></error-banner>`,
        {
          error: normalizeError('', { status: 503, method: 'GET' }),
          retry: async () => 'saved',
          done: (e: CustomEvent<{ value: unknown }>) => successes.push(e.detail.value),
        },
      );
      await pressRetry(el);
      await waitUntil(() => successes.length > 0, 'no faultline-retry-success reached Vue');
      expect(successes).to.deep.equal(['saved']);
    });
  }
});
