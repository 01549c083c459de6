import type { i18n } from 'i18next';
import type { CatalogTree } from './catalog.js';
import { en } from './locales/en.js';
import { NAMESPACE, localeOf } from './locales.js';
import type { Locale } from './locales.js';

/**
 * English ships in the main bundle; the other locales are separate chunks, loaded the first time
 * something needs them, so an app pays only for the languages its operators read (each is
 * 3.5–5 kB min+gzip; all four would double the kit).
 */
const LOADERS: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<CatalogTree>>> = {
  nb: () => import('./locales/nb.js').then((m) => m.nb),
  de: () => import('./locales/de.js').then((m) => m.de),
  fr: () => import('./locales/fr.js').then((m) => m.fr),
  ar: () => import('./locales/ar.js').then((m) => m.ar),
};

interface Loads {
  /** Chunk loads started (or finished), so each is fetched and added once per instance. */
  started: Map<Locale, Promise<void>>;
  /** Locales whose strings are in the instance. */
  done: Set<Locale>;
}

const perInstance = new WeakMap<i18n, Loads>();

function loadsOf(instance: i18n): Loads {
  let loads = perInstance.get(instance);
  if (!loads) perInstance.set(instance, (loads = { started: new Map(), done: new Set() }));
  return loads;
}

/** Adds a catalog without overwriting what is there, so the app's own strings win. */
function add(instance: i18n, locale: Locale, catalog: CatalogTree): void {
  instance.addResourceBundle(locale, NAMESPACE, catalog, true, false);
  loadsOf(instance).done.add(locale);
}

/** Puts the English catalog into `instance`, synchronously, unless it is already there. */
export function ensureEnglish(instance: i18n): void {
  const loads = loadsOf(instance);
  // Nothing waits on English (loadLocale returns at once for it), so it needs no `started` entry.
  if (!loads.done.has('en')) add(instance, 'en', en);
}

/** Are the kit's strings for `lang` in `instance`? (True for a tag the kit has no catalog for.) */
export function isLocaleLoaded(instance: i18n, lang: string): boolean {
  return loadsOf(instance).done.has(localeOf(lang) ?? 'en');
}

/**
 * Adds the kit's catalog for `lang` ('nb-NO' loads 'nb') to `instance`, fetching its chunk the
 * first time. Resolves when the strings are there (the store's `added` event fires too). A tag
 * the kit has no catalog for resolves at once: its text falls back to English.
 */
export function loadLocale(instance: i18n, lang: string): Promise<void> {
  ensureEnglish(instance);
  const locale = localeOf(lang);
  if (!locale || locale === 'en') return Promise.resolve();
  const loads = loadsOf(instance);
  let pending = loads.started.get(locale);
  if (!pending) {
    pending = LOADERS[locale]().then(
      (catalog) => add(instance, locale, catalog),
      (cause: unknown) => {
        // A chunk that failed (offline, a deploy in progress) may load on a later request.
        loads.started.delete(locale);
        throw cause;
      },
    );
    loads.started.set(locale, pending);
  }
  return pending;
}
