import type { i18n, TFunction, TOptions } from 'i18next';
import { NAMESPACE } from './locales.js';

/** Text i18next would transform: interpolation, nesting. Such strings go through i18next. */
const TRANSFORMED = /\{\{|\$t\(/;

/**
 * Plain lookups, per instance and language, shared by every element: a thousand banners ask for
 * the same few keys. Dropped whenever the instance's strings change (a locale chunk arriving, an
 * app override), so nothing stale is ever shown.
 */
const caches = new WeakMap<i18n, Map<string, Map<string, string | null>>>();

function cacheFor(instance: i18n, lang: string): Map<string, string | null> {
  let byLang = caches.get(instance);
  if (!byLang) {
    const fresh = new Map<string, Map<string, string | null>>();
    byLang = fresh;
    caches.set(instance, fresh);
    const drop = () => fresh.clear();
    instance.store?.on('added', drop);
    instance.store?.on('removed', drop);
  }
  let cache = byLang.get(lang);
  if (!cache) byLang.set(lang, (cache = new Map()));
  return cache;
}

/**
 * The languages `lang`'s text is looked up in, in order: the instance's own fallback chain, then
 * English, which the kit always has. An app's instance may fall back to something else (i18next's
 * default is 'dev') or not support `lang` at all; the kit's strings must still be found.
 */
function chainOf(instance: i18n, lang: string): readonly string[] {
  const chain: readonly string[] = instance.services?.languageUtils?.toResolveHierarchy?.(lang) ?? [
    lang,
  ];
  return chain.includes('en') ? chain : [...chain, 'en'];
}

/** textLangOf's entry in the per-language cache (no key of the catalog has this shape). */
const TEXT_LANG = '\u0001lang';

/**
 * The language `lang`'s text is really in: `lang` when the kit's or the app's strings for it (or
 * its base language) are in the instance, else the first fallback that has them. A page in
 * Hebrew, which the kit does not ship, reads English, and says so to screen readers.
 */
export function textLangOf(instance: i18n, lang: string): string {
  const cache = cacheFor(instance, lang);
  let text = cache.get(TEXT_LANG);
  if (!text) {
    const has = chainOf(instance, lang).find((code) =>
      instance.hasResourceBundle?.(code, NAMESPACE),
    );
    text = !has ? 'en' : has == lang || lang.startsWith(`${has}-`) ? lang : has;
    cache.set(TEXT_LANG, text);
  }
  return text;
}

/** The kit's keys are dotted paths with no namespace prefix, whatever the app's instance says. */
const KIT_OPTIONS = { keySeparator: '.', nsSeparator: false } as const;

/**
 * A `t` bound to a language, with a fast path for plain strings. i18next's own `t` costs tens of
 * microseconds per call (it rebuilds the language fallback chain and re-parses the key each time),
 * which made i18n most of a banner's render cost. Most of the kit's strings are plain: for them a
 * direct store lookup along the same chain, key by key as i18next does it, gives the same text.
 * Anything with interpolation values, plurals, another namespace, or a string i18next would
 * transform goes through i18next, with the kit's own key, fallback and placeholder settings.
 */
export function fastFixedT(instance: i18n, lang: string): TFunction {
  const slow = instance.getFixedT(lang, NAMESPACE) as unknown as (
    key: string | string[],
    options?: TOptions,
  ) => string;
  const chain = chainOf(instance, lang);
  /** The plain text for `key` (null: i18next must answer), or undefined when no language has it. */
  const plain = (keys: readonly string[]): string | null | undefined => {
    for (const k of keys) {
      for (const code of chain) {
        const value: unknown = instance.getResource(code, NAMESPACE, k, KIT_OPTIONS);
        if (value === undefined || value === null) continue;
        if (typeof value !== 'string' || TRANSFORMED.test(value)) return null;
        // An empty string is a translation unless the app's instance turned that off.
        if (value !== '' || instance.options?.returnEmptyString !== false) return value;
      }
    }
    return undefined;
  };
  const fast = (key: string | string[], options?: TOptions): string => {
    if (isPlainLookup(options)) {
      const cache = cacheFor(instance, lang);
      const id = typeof key === 'string' ? key : key.join('\u0000');
      let text = cache.get(id);
      if (text === undefined && !cache.has(id)) {
        const found = plain(typeof key === 'string' ? [key] : key);
        // A key no language has is not cached: its default may differ between calls.
        if (found !== undefined) cache.set(id, (text = found));
      }
      if (typeof text === 'string') return text;
      if (text === undefined && options && typeof options.defaultValue === 'string') {
        return options.defaultValue;
      }
    }
    return slow(key, {
      ...KIT_OPTIONS,
      fallbackLng: chain as string[],
      ...options,
      // The catalogs' own placeholders, whatever the app's instance uses ('%{count}'), and no
      // escaping: Lit escapes every binding (an app's instance escapes by default: "AT&amp;T").
      interpolation: { ...options?.interpolation, escapeValue: false, prefix: '{{', suffix: '}}' },
    });
  };
  return fast as unknown as TFunction;
}

/** Options that change nothing but the namespace (ours) and the default. */
function isPlainLookup(options: TOptions | undefined): boolean {
  if (!options) return true;
  for (const name of Object.keys(options)) {
    if (name === 'defaultValue') continue;
    if (name === 'ns' && options.ns === NAMESPACE) continue;
    return false;
  }
  return true;
}
