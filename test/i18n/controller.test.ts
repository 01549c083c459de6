import { expect, fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { LitElement } from 'lit';
import type { i18n } from 'i18next';
import { faultlineContext } from '../../src/internal/context.js';
import type { FaultlineConfig } from '../../src/internal/context.js';
import { createI18n, I18nController } from '../../src/i18n/index.js';
import type { NormalizedError } from '../../src/core/types.js';
import { en } from '../../src/i18n/locales/en.js';
import { nb } from '../../src/i18n/locales/nb.js';
import { de } from '../../src/i18n/locales/de.js';
import { fr } from '../../src/i18n/locales/fr.js';
import { ar } from '../../src/i18n/locales/ar.js';
import { createPseudoI18n, isPseudo } from './pseudo.js';

const error: NormalizedError = {
  kind: 'unauthenticated',
  origin: 'client',
  severity: 'error',
  public: false,
  fieldErrors: [],
  occurredAt: '2026-01-01T00:00:00Z',
};

/** The smallest element that speaks through the controller, counting its renders. */
class I18nProbe extends LitElement {
  readonly i18n = new I18nController(this);
  renders = 0;
  protected override render() {
    this.renders++;
    return html`<button aria-label=${this.i18n.t('actions.dismiss')}>
        ${this.i18n.t('actions.retry')}
      </button>
      <p>${this.i18n.describe(error).headline}</p>`;
  }
  get text(): string {
    return this.renderRoot.querySelector('button')?.textContent?.trim() ?? '';
  }
  get label(): string {
    return this.renderRoot.querySelector('button')?.getAttribute('aria-label') ?? '';
  }
  get headline(): string {
    return this.renderRoot.querySelector('p')?.textContent?.trim() ?? '';
  }
}
customElements.define('i18n-probe', I18nProbe);

/** Hosts a probe in its shadow root, for the crossing-shadow-roots case. */
class I18nShell extends LitElement {
  protected override render() {
    return html`<i18n-probe></i18n-probe>`;
  }
  get probe(): I18nProbe {
    return this.renderRoot.querySelector('i18n-probe')!;
  }
}
customElements.define('i18n-shell', I18nShell);

/** A stand-in for <error-provider>: provides a config to its light-DOM children. */
class I18nTestProvider extends HTMLElement {
  readonly provider = new ContextProvider(this, { context: faultlineContext, initialValue: {} });
  set config(value: FaultlineConfig) {
    this.provider.setValue(value);
  }
}
customElements.define('i18n-test-provider', I18nTestProvider);

/** Waits for the locale chunk and the re-render it causes. */
async function settle(el: I18nProbe): Promise<void> {
  await el.i18n.ready;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

/** A probe below a provider that hands it `instance`, settled. */
async function probeUnder(instance: i18n): Promise<{ provider: I18nTestProvider; el: I18nProbe }> {
  const provider = await fixture<I18nTestProvider>(
    html`<i18n-test-provider><i18n-probe></i18n-probe></i18n-test-provider>`,
  );
  provider.config = { i18n: instance };
  const el = provider.querySelector('i18n-probe') as I18nProbe;
  await settle(el);
  return { provider, el };
}

describe('I18nController', () => {
  const html0 = document.documentElement;
  let savedLang: string | null;
  beforeEach(() => {
    savedLang = html0.getAttribute('lang');
    html0.removeAttribute('lang');
  });
  afterEach(() => {
    if (savedLang === null) html0.removeAttribute('lang');
    else html0.setAttribute('lang', savedLang);
  });

  it('speaks English with no language anywhere', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe></i18n-probe>`);
    expect(el.i18n.lang).to.equal('en');
    expect(el.text).to.equal(en.actions.retry);
    expect(el.label).to.equal(en.actions.dismiss);
    expect(el.headline).to.equal(en.kinds.unauthenticated.headline);
    expect(el.i18n.dir).to.equal('ltr');
    expect(el.hasAttribute('dir')).to.be.false;
  });

  it('takes the language from the element’s own lang, loading its catalog', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe lang="nb-NO"></i18n-probe>`);
    await settle(el);
    expect(el.i18n.lang).to.equal('nb-NO');
    expect(el.text).to.equal(nb.actions.retry);
    expect(el.headline).to.equal(nb.kinds.unauthenticated.headline);
  });

  it('takes the nearest ancestor’s lang', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div lang="fr">
        <section lang="de"><i18n-probe></i18n-probe></section>
      </div>`,
    );
    const el = wrap.querySelector('i18n-probe') as I18nProbe;
    await settle(el);
    expect(el.i18n.lang).to.equal('de');
    expect(el.text).to.equal(de.actions.retry);
  });

  it('skips a lang that is not a language tag', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div lang="de"><i18n-probe lang="x"></i18n-probe></div>`,
    );
    const el = wrap.querySelector('i18n-probe') as I18nProbe;
    await settle(el);
    expect(el.i18n.lang).to.equal('de');
  });

  it('crosses shadow roots to find the lang', async () => {
    const shell = await fixture<I18nShell>(html`<i18n-shell lang="fr"></i18n-shell>`);
    const el = shell.probe;
    await settle(el);
    expect(el.i18n.lang).to.equal('fr');
    expect(el.text).to.equal(fr.actions.retry);
  });

  it('uses the provider’s language and i18next instance', async () => {
    const instance = createI18n({ resources: { nb: { actions: { retry: 'Prøv en gang til' } } } });
    const provider = await fixture<I18nTestProvider>(
      html`<i18n-test-provider><i18n-probe></i18n-probe></i18n-test-provider>`,
    );
    const el = provider.querySelector('i18n-probe') as I18nProbe;
    provider.config = { lang: 'nb', i18n: instance };
    await settle(el);
    expect(el.i18n.i18n).to.equal(instance);
    expect(el.text).to.equal('Prøv en gang til');
    expect(el.label).to.equal(nb.actions.dismiss);
    provider.config = { lang: 'de', i18n: instance };
    await settle(el);
    expect(el.text).to.equal(de.actions.retry);
  });

  it('prefers an ancestor’s lang to the provider’s', async () => {
    const provider = await fixture<I18nTestProvider>(
      html`<i18n-test-provider
        ><div lang="fr"><i18n-probe></i18n-probe></div
      ></i18n-test-provider>`,
    );
    provider.config = { lang: 'nb' };
    const el = provider.querySelector('i18n-probe') as I18nProbe;
    await settle(el);
    expect(el.i18n.lang).to.equal('fr');
  });

  it('falls back to <html lang> and follows it when it changes', async () => {
    html0.setAttribute('lang', 'de');
    const el = await fixture<I18nProbe>(html`<i18n-probe></i18n-probe>`);
    await settle(el);
    expect(el.text).to.equal(de.actions.retry);
    html0.setAttribute('lang', 'fr');
    await settle(el);
    expect(el.text).to.equal(fr.actions.retry);
  });

  it('follows its own lang attribute', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe lang="de"></i18n-probe>`);
    await settle(el);
    el.setAttribute('lang', 'nb');
    await settle(el);
    expect(el.text).to.equal(nb.actions.retry);
  });

  it('re-renders when the instance changes language', async () => {
    const instance = createI18n();
    const { el } = await probeUnder(instance);
    expect(el.text).to.equal(en.actions.retry);
    const before = el.renders;
    await instance.changeLanguage('de');
    await settle(el);
    expect(el.renders).to.be.greaterThan(before);
    expect(el.text).to.equal(de.actions.retry);
  });

  it('re-renders when the app adds strings', async () => {
    const instance = createI18n();
    const { el } = await probeUnder(instance);
    instance.addResourceBundle(
      'en',
      'faultline',
      { actions: { retry: 'Have another go' } },
      true,
      true,
    );
    instance.addResourceBundle('en', 'other-namespace', { x: 'y' });
    await settle(el);
    expect(el.text).to.equal('Have another go');
  });

  it('sets dir="rtl" for Arabic and takes it away again', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe lang="ar"></i18n-probe>`);
    await settle(el);
    expect(el.i18n.dir).to.equal('rtl');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(el.text).to.equal(ar.actions.retry);
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(el.hasAttribute('dir')).to.be.false;
  });

  it('adds no dir inside an rtl ancestor: the page direction already applies', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="ar" dir="RTL"><i18n-probe></i18n-probe></div>`,
    );
    const el = page.querySelector<I18nProbe>('i18n-probe')!;
    await settle(el);
    expect(el.i18n.dir).to.equal('rtl');
    expect(el.hasAttribute('dir')).to.be.false;
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(el.text).to.equal(ar.actions.retry);
  });

  it('leaves a dir the app set alone', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe lang="ar" dir="ltr"></i18n-probe>`);
    await settle(el);
    expect(el.getAttribute('dir')).to.equal('ltr');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(el.getAttribute('dir')).to.equal('ltr');
  });

  it('stops listening when disconnected, and listens again when reconnected', async () => {
    const instance: i18n = createI18n();
    const { provider, el } = await probeUnder(instance);
    let requested = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<LitElement['requestUpdate']>) => {
      requested++;
      original(...args);
    };
    el.remove();
    await instance.changeLanguage('nb');
    instance.addResourceBundle('nb', 'faultline', { actions: { retry: 'x' } }, true, true);
    html0.setAttribute('lang', 'de');
    el.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r, 20));
    expect(requested, 'updates requested while disconnected').to.equal(0);
    provider.append(el);
    await settle(el);
    expect(requested).to.be.greaterThan(0);
    expect(el.text).to.equal(fr.actions.retry);
  });

  it('lets a pseudo-locale show any text that bypasses the catalogs', async () => {
    const provider = await fixture<I18nTestProvider>(
      html`<i18n-test-provider><i18n-probe></i18n-probe></i18n-test-provider>`,
    );
    provider.config = { i18n: createPseudoI18n(), lang: 'en-XA' };
    const el = provider.querySelector('i18n-probe') as I18nProbe;
    await settle(el);
    expect(isPseudo(el.text), el.text).to.be.true;
    expect(isPseudo(el.label), el.label).to.be.true;
    expect(isPseudo(el.headline), el.headline).to.be.true;
    expect(el.text.length).to.be.greaterThan(en.actions.retry.length * 1.4);
  });
});
