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
 * A `t` bound to a language, with a fast path for plain strings. i18next's own `t` costs tens of
 * microseconds per call (it rebuilds the language fallback chain and re-parses the key each time),
 * which made i18n most of a banner's render cost. Most of the kit's strings are plain: for them a
 * direct store lookup along the same chain, key by key as i18next does it, gives the same text.
 * Anything with interpolation values, plurals, another namespace, or a string i18next would
 * transform goes through i18next unchanged.
 */
export function fastFixedT(instance: i18n, lang: string): TFunction {
  const slow = instance.getFixedT(lang, NAMESPACE) as unknown as (
    key: string | string[],
    options?: TOptions,
  ) => string;
  const chain: readonly string[] = instance.services?.languageUtils?.toResolveHierarchy?.(lang) ?? [
    lang,
    'en',
  ];
  /** The plain text for `key` (null: i18next must answer), or undefined when no language has it. */
  const plain = (keys: readonly string[]): string | null | undefined => {
    for (const k of keys) {
      for (const code of chain) {
        const value: unknown = instance.getResource(code, NAMESPACE, k);
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
    return slow(key, options);
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
