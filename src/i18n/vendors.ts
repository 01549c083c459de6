import type { TOptions } from 'i18next';

/**
 * How a NormalizedError's `vendor` is named in a sentence ("Message from Ormuco"): the kit's own
 * ids from the catalog's `vendors`, anything else (a name the app passed to normalizeError) as
 * written. Only a plain id is looked up: "a.b" or "ns:x" would be read as a path or a namespace,
 * and "constructor" would find Object.prototype's.
 */
export function vendorName(vendor: string, t: (key: string, options: TOptions) => string): string {
  return /^[a-z][a-z0-9_-]{0,31}$/.test(vendor) && !(vendor in Object.prototype)
    ? t(`vendors.${vendor}`, { defaultValue: vendor })
    : vendor;
}
