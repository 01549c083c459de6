import type { i18n, TFunction, TOptions } from 'i18next';
import { NAMESPACE } from './locales.js';

/** Text i18next would transform: interpolation, nesting. Such strings go through i18next. */
const TRANSFORMED = /\{\{|\$t\(/;

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
  const fast = (key: string | string[], options?: TOptions): string => {
    if (isPlainLookup(options)) {
      for (const k of typeof key === 'string' ? [key] : key) {
        for (const code of chain) {
          const value: unknown = instance.getResource(code, NAMESPACE, k);
          if (value === undefined || value === null) continue;
          if (typeof value !== 'string' || TRANSFORMED.test(value)) return slow(key, options);
          // An empty string is a translation unless the app's instance turned that off.
          if (value !== '' || instance.options?.returnEmptyString !== false) return value;
        }
      }
      if (options && typeof options.defaultValue === 'string') return options.defaultValue;
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
