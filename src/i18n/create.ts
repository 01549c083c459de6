import i18next from 'i18next';
import type { i18n } from 'i18next';
import type { Catalog } from './locales/en.js';
import { en } from './locales/en.js';
import type { CatalogTree, PartialTranslation } from './catalog.js';
import { LOCALES, NAMESPACE } from './locales.js';
import { ensureEnglish, loadLocale } from './load.js';
import { own } from '../core/text.js';
import { warnOnce } from '../internal/dev-warnings.js';

export interface CreateI18nOptions {
  /** The language the instance starts in; defaults to 'en'. Elements resolve their own. */
  lng?: string;
  /** The app's own i18next instance: the kit adds its namespace to it instead of creating one. */
  instance?: i18n;
  /**
   * Strings to add or override, by language, in the `faultline` namespace. They win over the
   * kit's. A language the kit does not ship (e.g. 'sv') becomes supported.
   */
  resources?: Readonly<Record<string, PartialTranslation<Catalog> | CatalogTree | undefined>>;
}

/** 'no' and 'nn' read Bokmål; everything else falls back to English, the source. */
const FALLBACK_LNG = { no: ['nb', 'en'], nn: ['nb', 'en'], default: ['en'] };

/**
 * The kit's own i18next instance (`createInstance`), initialised synchronously with English;
 * other locales load on demand (see loadLocale). The host app's global i18next is never touched.
 * Given `instance`, adds the `faultline` namespace to it without overwriting the app's strings.
 */
export function createI18n(options?: CreateI18nOptions | null): i18n {
  const { lng, instance, resources } = options ?? {};
  const languages = Object.keys(resources ?? {});
  let result: i18n;
  if (instance) {
    // The kit's strings go into the instance's store, which init() creates.
    if (!instance.store)
      throw new TypeError('createI18n({ instance }): call instance.init() before handing it over');
    result = instance;
  } else {
    result = i18next.createInstance();
    // initAsync: false → init finishes before it returns, with no backend to wait for.
    void result.init({
      lng: lng ?? 'en',
      fallbackLng: FALLBACK_LNG,
      supportedLngs: [...new Set([...LOCALES, 'no', 'nn', ...languages])],
      nonExplicitSupportedLngs: true,
      ns: [NAMESPACE],
      defaultNS: NAMESPACE,
      initAsync: false,
      returnNull: false,
      // Lit escapes every binding, and the kit never writes innerHTML.
      interpolation: { escapeValue: false },
    });
  }
  // English goes in as a copy (ensureEnglish), so an override changes this instance only.
  ensureEnglish(result);
  for (const language of languages) {
    result.addResourceBundle(
      language,
      NAMESPACE,
      fitted(resources![language], en, `${language}.`),
      true,
      true,
    );
  }
  if (lng) void loadLocale(result, lng).catch(() => undefined);
  return result;
}

let shared: i18n | undefined;

/** The instance elements use when no provider hands them one; created on first use. */
export function defaultI18n(): i18n {
  const instance: i18n = (shared ??= createI18n());
  return instance;
}

/**
 * `strings` without the values whose shape differs from the English catalog's at the same key:
 * a string where English has a group (`kinds: 'oops'`) would replace the whole group and blank
 * every message in the language. Keys English lacks (plural forms, an app's own) stay.
 */
function fitted(strings: unknown, shape: unknown, path = ''): CatalogTree {
  const isGroup = (v: unknown) => typeof v == 'object' && v !== null;
  return Object.fromEntries(
    Object.entries(Object(strings) as object).flatMap(([key, value]) => {
      const model = own(shape, key);
      const at = path + key;
      if (typeof value == 'string' ? !isGroup(model) : isGroup(value) && typeof model != 'string')
        return [[key, isGroup(value) ? fitted(value, model, `${at}.`) : value]];
      warnOnce(
        `createI18n ignored resources key "${at}": it must be ${isGroup(model) ? 'a group of strings' : 'a string'}.`,
      );
      return [];
    }),
  ) as CatalogTree;
}
