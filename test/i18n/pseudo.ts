/**
 * A pseudo-locale for tests: every catalog string accented, 40 % longer and wrapped in ⟦ ⟧, so
 * text that bypasses the catalogs (hard-coded English) and layouts that break on longer text
 * both show. Element tests: render under `createPseudoI18n()` and assert `isPseudo` on labels.
 */
import type { i18n } from 'i18next';
import { createI18n } from '../../src/i18n/create.js';
import type { CatalogTree } from '../../src/i18n/catalog.js';
import { en } from '../../src/i18n/locales/en.js';

/** A private-use region tag, so the pseudo strings cannot collide with a real locale. */
export const PSEUDO_LNG = 'en-XA';

const ACCENTS: Readonly<Record<string, string>> = {
  a: 'å',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Placeholders and nesting stay as they are, so interpolation still works. */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

/** One string in the pseudo-locale: accented, padded to 140 %, wrapped in ⟦ ⟧. */
export function pseudo(text: string): string {
  const accented = text
    .split(KEEP)
    .map((part, i) => (i % 2 ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTS[c] ?? c)))
    .join('');
  const pad = '·'.repeat(Math.ceil(text.length * 0.4));
  return `⟦${accented}${pad}⟧`;
}

/** Does `text` come (whole) from the pseudo catalog? */
export function isPseudo(text: string | null | undefined): boolean {
  const s = (text ?? '').trim();
  return s.startsWith('⟦') && s.endsWith('⟧');
}

/** A catalog with every string passed through `pseudo`. */
export function pseudoCatalog(tree: CatalogTree): CatalogTree {
  return Object.fromEntries(
    Object.entries(tree).map(([k, v]) => [k, typeof v === 'string' ? pseudo(v) : pseudoCatalog(v)]),
  );
}

/** An instance of the kit speaking only the pseudo-locale. */
export function createPseudoI18n(): i18n {
  return createI18n({ lng: PSEUDO_LNG, resources: { [PSEUDO_LNG]: pseudoCatalog(en) } });
}
