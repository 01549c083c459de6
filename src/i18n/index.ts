/**
 * Messages: the kit's i18next instance, the catalogs, describeError and the I18nController.
 * English is bundled; nb, de, fr and ar are chunks loaded on first use (loadLocale).
 */
export { createI18n, defaultI18n } from './create.js';
export type { CreateI18nOptions } from './create.js';
export { describeError } from './describe.js';
export type { DescribeOptions, ErrorDescription } from './describe.js';
export { LOCALES, NAMESPACE, localeOf } from './locales.js';
export type { Locale } from './locales.js';
export { loadLocale, isLocaleLoaded } from './load.js';
export { isRtl } from './rtl.js';
export { en } from './locales/en.js';
export type { Catalog } from './locales/en.js';
export type { CatalogTree, PartialTranslation, Translation } from './catalog.js';
export { I18nController } from '../controllers/i18n-controller.js';
