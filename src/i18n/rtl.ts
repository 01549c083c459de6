/**
 * Languages written right to left. A short list rather than `Intl.Locale#getTextInfo`, which
 * Firefox lacks: the answer must not depend on the engine.
 */
// Space-separated rather than array literals: the same sets in fewer bytes.
const RTL_LANGUAGES: ReadonlySet<string> = new Set(
  'ar arc ckb dv fa he iw ks ku mzn pnb ps sd ug ur yi'.split(' '),
);
const RTL_SCRIPTS: ReadonlySet<string> = new Set(
  'arab hebr thaa syrc nkoo adlm rohg mand samr'.split(' '),
);

/** Is `lang` (a BCP 47 tag) written right to left? An explicit script subtag decides first. */
export function isRtl(lang: string | null | undefined): boolean {
  const parts = String(lang ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_]/);
  const script = parts.slice(1).find((p) => p.length === 4 && /^[a-z]{4}$/.test(p));
  if (script) return RTL_SCRIPTS.has(script);
  return RTL_LANGUAGES.has(parts[0] ?? '');
}
