import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import '../../src/elements/error-provider/error-provider.define.js';
import type { ErrorProvider } from '../../src/elements/error-provider/error-provider.js';
import { faultlineContext } from '../../src/internal/context.js';
import type { FaultlineConfig } from '../../src/internal/context.js';
import { APP_WORDS } from '../../stories/app-words.js';

class ConfigProbe extends LitElement {
  seen: FaultlineConfig | undefined;
  consumer = new ContextConsumer(this, {
    context: faultlineContext,
    subscribe: true,
    callback: (value) => {
      this.seen = value;
    },
  });
}
customElements.define('config-probe', ConfigProbe);

describe('<error-provider>', () => {
  it('hands language, context, contact and policy to elements below it, across shadow roots', async () => {
    const el = await fixture<ErrorProvider>(html`
      <error-provider
        lang="nb"
        support-email="help@example.com"
        .context=${{ tenant: 'acme', environment: 'prod' }}
        .policy=${{ maxAttempts: 5 }}
      >
        <config-probe></config-probe>
      </error-provider>
    `);
    const probe = el.querySelector<ConfigProbe>('config-probe')!;
    expect(probe.seen?.lang).to.equal('nb');
    expect(probe.seen?.context?.tenant).to.equal('acme');
    expect(probe.seen?.contact?.email).to.equal('help@example.com');
    expect(probe.seen?.policy?.maxAttempts).to.equal(5);
  });

  it('tells subscribed elements when the language or context changes', async () => {
    const el = await fixture<ErrorProvider>(html`
      <error-provider lang="en"><config-probe></config-probe></error-provider>
    `);
    const probe = el.querySelector<ConfigProbe>('config-probe')!;
    el.setAttribute('lang', 'ar');
    el.context = { user: 'kari@example.com' };
    await el.updateComplete;
    expect(probe.seen?.lang).to.equal('ar');
    expect(probe.seen?.context?.user).to.equal('kari@example.com');
  });

  it('merges the contact attributes with a contact object, the object winning', async () => {
    const el = await fixture<ErrorProvider>(html`
      <error-provider
        support-url="https://help.example.com"
        support-phone="+47 22 12 01 01"
        .contact=${{ url: 'https://support.example.com' }}
      >
        <config-probe></config-probe>
      </error-provider>
    `);
    const probe = el.querySelector<ConfigProbe>('config-probe')!;
    expect(probe.seen?.contact).to.deep.equal({
      url: 'https://support.example.com',
      phone: '+47 22 12 01 01',
    });
  });

  it('does not change the layout of its children', async () => {
    const el = await fixture<ErrorProvider>(html`<error-provider><p>x</p></error-provider>`);
    expect(getComputedStyle(el).display).to.equal('contents');
  });
});

describe('<error-provider> and elements moved away from it', () => {
  it('stops speaking for an element moved out of it: the page’s language and no contact', async () => {
    await import('../../src/elements/error-banner/error-banner.define.js');
    const { normalizeError } = await import('../../src/core/normalize.js');
    const { de } = await import('../../src/i18n/locales/de.js');
    const { en } = await import('../../src/i18n/locales/en.js');
    const wrap = await fixture<HTMLElement>(html`
      <div lang="en">
        <error-provider lang="de" support-email="b@example.com"
          ><error-banner></error-banner
        ></error-provider>
        <section></section>
      </div>
    `);
    const banner = wrap.querySelector('error-banner')!;
    // A 402 sends the operator to support, so the provider's contact shows.
    banner.error = normalizeError('', { status: 402, method: 'POST' });
    const headline = () =>
      banner.shadowRoot!.querySelector('[part="headline"]')?.textContent?.trim();
    const text = () => banner.shadowRoot!.textContent ?? '';
    await waitUntil(() => headline() === de.kinds.request_failed.write.headline, 'German');
    expect(text()).to.include('b@example.com');
    wrap.querySelector('section')!.append(banner);
    await waitUntil(() => headline() === en.kinds.request_failed.write.headline, 'English outside');
    expect(text()).to.not.include('b@example.com');
  });
});

describe('<error-provider> upgraded after the elements below it', () => {
  it('still reaches them: a banner in markup uses the late provider’s strings', async () => {
    await import('../../src/elements/error-banner/error-banner.define.js');
    const { ErrorProvider } = await import('../../src/elements/error-provider/error-provider.js');
    const { normalizeError } = await import('../../src/core/normalize.js');
    const { createI18n, NAMESPACE } = await import('../../src/i18n/index.js');
    const wrap = await fixture<HTMLElement>(html`
      <div>
        <late-provider><error-banner></error-banner></late-provider>
      </div>
    `);
    const banner = wrap.querySelector('error-banner')!;
    banner.error = normalizeError('', { status: 403 });
    await banner.updateComplete;
    const headline = () =>
      banner.shadowRoot!.querySelector('[part="headline"]')!.textContent!.trim();
    const ours = 'Access to this is managed by your team lead.';
    const i18n = createI18n();
    i18n.addResourceBundle(
      'en',
      NAMESPACE,
      { kinds: { forbidden: { headline: ours } } },
      true,
      true,
    );
    // Set before the element is upgraded, as an app's script may do.
    (wrap.querySelector('late-provider') as unknown as { i18n: unknown }).i18n = i18n;
    expect(headline()).not.to.equal(ours);
    customElements.define('late-provider', class extends ErrorProvider {});
    await waitUntil(() => headline() === ours, 'the banner follows the late provider');
  });
});

// The README's "Your words, your language" example, as an app would write it.
describe('<error-provider> with an app’s own strings and a language the kit does not ship', () => {
  const resources = APP_WORDS;
  const swedish = APP_WORDS.sv;

  it('speaks Swedish where it was given, English (with the app’s words) elsewhere', async () => {
    await import('../../src/elements/error-banner/error-banner.define.js');
    const { createI18n } = await import('../../src/i18n/index.js');
    const { normalizeError } = await import('../../src/core/normalize.js');
    const { en } = await import('../../src/i18n/locales/en.js');
    const provider = await fixture<ErrorProvider>(html`
      <error-provider lang="sv" .i18n=${createI18n({ resources })}>
        <error-banner
          id="session"
          dismissible
          .error=${normalizeError('', { status: 401, method: 'GET' })}
        ></error-banner>
        <error-banner .error=${normalizeError('', { status: 503, method: 'GET' })}></error-banner>
      </error-provider>
    `);
    const [session, down] = [...provider.querySelectorAll('error-banner')];
    await Promise.all([session!.updateComplete, down!.updateComplete]);
    const text = (el: Element, selector: string) =>
      el.shadowRoot!.querySelector(selector)!.textContent!.trim();

    expect(text(session!, '[part~="headline"]')).to.equal(swedish.kinds.unauthenticated.headline);
    expect(text(session!, '[part~="next-step"]')).to.equal(swedish.kinds.unauthenticated.next);
    expect(text(session!, '[data-action="refresh-session"]')).to.equal(
      swedish.actions.refreshSession,
    );
    // Left out of the Swedish strings: said in English.
    expect(
      session!.shadowRoot!.querySelector('[part~="close-button"]')!.getAttribute('aria-label'),
    ).to.equal(en.actions.dismiss);
    expect(text(down!, '[part~="headline"]')).to.equal(resources.en.kinds.unavailable.headline);
    expect(session!.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(
      'sv',
    );
  });

  it('adds its strings to an app’s own i18next instance without touching the app’s', async () => {
    const { createI18n, NAMESPACE } = await import('../../src/i18n/index.js');
    const i18next = (await import('i18next')).default;
    const app = i18next.createInstance();
    await app.init({ lng: 'en', resources: { en: { translation: { hello: 'Hello, Kari' } } } });
    expect(createI18n({ instance: app, resources })).to.equal(app);
    expect(app.t('hello')).to.equal('Hello, Kari');
    expect(app.getFixedT('en', NAMESPACE)('kinds.unavailable.headline')).to.equal(
      resources.en.kinds.unavailable.headline,
    );
    expect(app.getFixedT('sv', NAMESPACE)('actions.refreshSession')).to.equal(
      swedish.actions.refreshSession,
    );
  });
});
