import { expect } from '@open-wc/testing';
import type { TOptions } from 'i18next';
import { createI18n, loadLocale, LOCALES, NAMESPACE } from '../../src/i18n/index.js';
import { fastFixedT } from '../../src/i18n/fast-t.js';
import { en } from '../../src/i18n/locales/en.js';
import type { CatalogTree } from '../../src/i18n/catalog.js';
import { flatten, splitPlural } from './strings.js';

type T = (key: string | string[], options?: TOptions) => string;

describe('fastFixedT', () => {
  const keys = [
    ...new Set([...flatten(en as unknown as CatalogTree).keys()].map((k) => splitPlural(k)[0])),
  ];

  for (const lang of [...LOCALES, 'nb-NO', 'fr-CA', 'sv']) {
    it(`gives exactly what i18next gives for every key in ${lang}`, async () => {
      const instance = createI18n();
      await loadLocale(instance, lang);
      const fast = fastFixedT(instance, lang) as unknown as T;
      const slow = instance.getFixedT(lang, NAMESPACE) as unknown as T;
      for (const key of keys) {
        expect(fast(key), key).to.equal(slow(key));
        expect(
          fast(key, { count: 3, seconds: 3, gathered: 1, total: 2, vendor: 'V' }),
          key,
        ).to.equal(slow(key, { count: 3, seconds: 3, gathered: 1, total: 2, vendor: 'V' }));
      }
    });
  }

  it('tries fallback keys in order, as i18next does, and honours the default', () => {
    const instance = createI18n();
    const fast = fastFixedT(instance, 'nb') as unknown as T;
    const slow = instance.getFixedT('nb', NAMESPACE) as unknown as T;
    const options = { ns: NAMESPACE, defaultValue: '' };
    for (const keys of [
      ['codes.nope.headline', 'kinds.conflict.headline'],
      ['codes.C0001E.headline', 'kinds.validation.headline'],
      ['nothing.here', 'nor.here'],
    ]) {
      expect(fast(keys, options)).to.equal(slow(keys, options));
    }
    expect(fast(['nothing.here'], options)).to.equal('');
  });

  it('shows an app override and an empty string the app chose', () => {
    const instance = createI18n();
    instance.addResourceBundle(
      'en',
      NAMESPACE,
      { actions: { retry: 'Run again', copy: '' } },
      true,
      true,
    );
    const fast = fastFixedT(instance, 'en') as unknown as T;
    expect(fast('actions.retry')).to.equal('Run again');
    expect(fast('actions.copy')).to.equal(instance.getFixedT('en', NAMESPACE)('actions.copy'));
  });

  it('is several times cheaper than i18next for plain strings', () => {
    const instance = createI18n();
    const fast = fastFixedT(instance, 'en') as unknown as T;
    const slow = instance.getFixedT('en', NAMESPACE) as unknown as T;
    const time = (t: T) => {
      const start = performance.now();
      for (let i = 0; i < 2000; i++) t('kinds.unauthenticated.headline');
      return performance.now() - start;
    };
    time(fast);
    time(slow);
    expect(time(fast)).to.be.lessThan(time(slow));
  });
});
