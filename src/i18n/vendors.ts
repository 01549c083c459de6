/**
 * How the kit's own vendor ids are written in a sentence ("Message from Ormuco"). Product names,
 * so the same in every language. An id the app passes itself (`normalizeError(x, { vendor })`)
 * is shown as the app wrote it.
 */
const VENDOR_NAMES: Readonly<Record<string, string>> = {
  fluent: 'Fluent Commerce',
  ormuco: 'Ormuco',
};

/** The name to show for a NormalizedError's `vendor`. */
export function vendorName(vendor: string): string {
  return Object.hasOwn(VENDOR_NAMES, vendor) ? VENDOR_NAMES[vendor]! : vendor;
}
