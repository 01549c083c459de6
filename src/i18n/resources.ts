import { ar } from './locales/ar.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { fr } from './locales/fr.js';
import { nb } from './locales/nb.js';
import type { Locale } from './locales.js';
import type { CatalogTree } from './catalog.js';

/**
 * Every shipped catalog, statically imported: for an app that wants all five languages
 * synchronously (`createI18n({ resources })`) and for the catalog tests. The kit itself loads
 * the non-English ones on demand (load.ts), so importing this module costs ~20 kB min+gzip.
 */
export const resources: Readonly<Record<Locale, CatalogTree>> = { en, nb, de, fr, ar };
