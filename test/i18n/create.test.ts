import { expect } from '@open-wc/testing';
import i18next from 'i18next';
import {
  createI18n,
  defaultI18n,
  isLocaleLoaded,
  isRtl,
  loadLocale,
  localeOf,
  LOCALES,
  NAMESPACE,
} from '../../src/i18n/index.js';
import { resources } from '../../src/i18n/resources.js';
import { canonicalLang } from '../../src/i18n/locales.js';
import { en } from '../../src/i18n/locales/en.js';
import { nb } from '../../src/i18n/locales/nb.js';
import { de } from '../../src/i18n/locales/de.js';
import { warningsDuring } from '../warnings.js';

describe('createI18n', () => {
  it('returns its own instance, initialised before it returns, in English', () => {
    const i18n = createI18n();
    expect(i18n.isInitialized).to.be.true;
    expect(i18n.language).to.equal('en');
    expect(i18n.t('actions.retry')).to.equal('Try again');
    expect(i18n.options.defaultNS).to.equal(NAMESPACE);
    expect(i18n.options.supportedLngs).to.include.members([...LOCALES]);
    expect(createI18n()).to.not.equal(i18n);
  });

  it('leaves interpolated text to Lit to escape and never returns null', () => {
    const i18n = createI18n();
    expect(i18n.t('support.call', { phone: '<b>+47</b>' })).to.equal('Call <b>+47</b>');
    expect(i18n.options.returnNull).to.be.false;
  });

  it('shares one lazily created default instance', () => {
    expect(defaultI18n()).to.equal(defaultI18n());
    expect(defaultI18n().isInitialized).to.be.true;
  });

  it('never touches the host app’s global i18next', async () => {
    createI18n({ lng: 'nb' });
    const shared = defaultI18n();
    await loadLocale(shared, 'de');
    expect(i18next.isInitialized).to.not.equal(true);
    expect(i18next.language).to.equal(undefined);
    expect(i18next.store?.data?.en?.[NAMESPACE]).to.equal(undefined);
  });

  it('adds the kit to the app’s own instance without overriding the app’s strings', async () => {
    const app = i18next.createInstance();
    await app.init({
      lng: 'de',
      fallbackLng: 'en',
      resources: {
        en: { translation: { hello: 'Hi' } },
        de: { [NAMESPACE]: { actions: { retry: 'Nochmal' } } },
      },
    });
    expect(createI18n({ instance: app })).to.equal(app);
    expect(app.t('hello')).to.equal('Hi');
    expect(app.t('actions.cancel', { ns: NAMESPACE, lng: 'en' })).to.equal(en.actions.cancel);
    await loadLocale(app, 'de');
    expect(app.t('actions.retry', { ns: NAMESPACE })).to.equal('Nochmal');
    expect(app.t('actions.cancel', { ns: NAMESPACE })).to.equal(de.actions.cancel);
  });

  it('lets the app override strings and add a language', () => {
    const i18n = createI18n({
      lng: 'sv',
      resources: {
        en: { actions: { retry: 'Retry now' } },
        sv: { actions: { retry: 'Försök igen' } },
      },
    });
    expect(i18n.getFixedT('en', NAMESPACE)('actions.retry')).to.equal('Retry now');
    expect(i18n.getFixedT('en', NAMESPACE)('actions.cancel')).to.equal(en.actions.cancel);
    expect(i18n.getFixedT('sv', NAMESPACE)('actions.retry')).to.equal('Försök igen');
    expect(i18n.getFixedT('sv', NAMESPACE)('actions.cancel')).to.equal(en.actions.cancel);
  });

  it("keeps one instance's overrides out of every other instance", () => {
    const headline = en.kinds.unavailable.headline;
    createI18n({ resources: { en: { kinds: { unavailable: { headline: 'Orders are down.' } } } } });
    expect(createI18n().t('kinds.unavailable.headline')).to.equal(headline);
    expect(en.kinds.unavailable.headline).to.equal(headline);
  });

  it('ignores an override of the wrong shape, with a warning, instead of blanking a group', async () => {
    const warnings = await warningsDuring(() => {
      const i18n = createI18n({
        resources: {
          en: { kinds: 'oops', actions: { retry: { deep: 'x' }, cancel: 'Stop' } } as never,
        },
      });
      expect(i18n.t('kinds.unavailable.headline')).to.equal(en.kinds.unavailable.headline);
      expect(i18n.t('actions.retry')).to.equal(en.actions.retry);
      expect(i18n.t('actions.cancel')).to.equal('Stop');
    });
    expect(warnings.join('\n'))
      .to.match(/"en\.kinds".*a group of strings/)
      .and.match(/"en\.actions\.retry".*a string/);
  });

  it('takes null options and null resources', () => {
    expect(createI18n(null).t('actions.retry')).to.equal(en.actions.retry);
    expect(createI18n({ resources: null as never }).t('actions.retry')).to.equal(en.actions.retry);
  });

  it('starts in Bokmål for Norwegian written as no or nn', async () => {
    for (const lng of ['no', 'nn', 'no-NO']) {
      const i18n = createI18n({ lng });
      await loadLocale(i18n, lng);
      expect(i18n.t('actions.retry'), lng).to.equal(nb.actions.retry);
    }
  });

  it('can be given every catalog up front', () => {
    const i18n = createI18n({ resources });
    expect(i18n.getFixedT('nb', NAMESPACE)('actions.retry')).to.equal(nb.actions.retry);
  });
});

describe('loadLocale', () => {
  it('loads a locale chunk once and serves regional tags and Norwegian aliases from it', async () => {
    const i18n = createI18n();
    expect(isLocaleLoaded(i18n, 'nb-NO')).to.be.false;
    let added = 0;
    i18n.store.on('added', (lng, ns) => {
      if (lng === 'nb' && ns === NAMESPACE) added++;
    });
    const first = loadLocale(i18n, 'nb-NO');
    expect(loadLocale(i18n, 'nb')).to.equal(first);
    await first;
    expect(added).to.equal(1);
    expect(isLocaleLoaded(i18n, 'nb')).to.be.true;
    expect(i18n.getFixedT('nb-NO', NAMESPACE)('actions.retry')).to.equal(nb.actions.retry);
    expect(i18n.getFixedT('no', NAMESPACE)('actions.retry')).to.equal(nb.actions.retry);
  });

  it('starts loading the language createI18n is given', async () => {
    const i18n = createI18n({ lng: 'de-AT' });
    await loadLocale(i18n, 'de');
    expect(i18n.t('actions.retry')).to.equal(de.actions.retry);
  });

  it('falls back to English for a language the kit does not ship', async () => {
    const i18n = createI18n();
    await loadLocale(i18n, 'ja');
    expect(isLocaleLoaded(i18n, 'ja')).to.be.true;
    expect(i18n.getFixedT('ja', NAMESPACE)('actions.retry')).to.equal(en.actions.retry);
  });
});

describe('locales', () => {
  it('maps tags to the shipped locale that serves them', () => {
    expect(localeOf('nb-NO')).to.equal('nb');
    expect(localeOf('NO')).to.equal('nb');
    expect(localeOf('nn')).to.equal('nb');
    expect(localeOf('fr_CA')).to.equal('fr');
    expect(localeOf('ar-EG')).to.equal('ar');
    expect(localeOf('sv')).to.equal(undefined);
    expect(localeOf('')).to.equal(undefined);
    expect(localeOf(undefined)).to.equal(undefined);
  });

  it('canonicalises language tags and rejects what is not one', () => {
    expect(canonicalLang('EN-us')).to.equal('en-US');
    expect(canonicalLang(' nb-no ')).to.equal('nb-NO');
    for (const bad of ['x', 'en_US!', '', '   ', null, undefined])
      expect(canonicalLang(bad), String(bad)).to.equal(undefined);
  });

  it('knows which languages are written right to left', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'az-Arab', 'pa-Arab'])
      expect(isRtl(tag), tag).to.be.true;
    for (const tag of ['en', 'nb', 'de', 'fr', 'ar-Latn', 'pa', '', undefined, null])
      expect(isRtl(tag), String(tag)).to.be.false;
  });

  it('exports every catalog', () => {
    expect(Object.keys(resources)).to.deep.equal([...LOCALES]);
  });
});
