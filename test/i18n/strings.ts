/** Walks catalogs as flat `path → string` maps, for the catalog tests. */
import type { CatalogTree } from '../../src/i18n/catalog.js';
import { PLURAL_CATEGORIES } from '../../src/i18n/catalog.js';

export function flatten(tree: CatalogTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL_SUFFIX = new RegExp(`_(${PLURAL_CATEGORIES.join('|')})$`);

/** 'delay.seconds_one' → ['delay.seconds', 'one']; a plain key → [key, undefined]. */
export function splitPlural(path: string): [string, string | undefined] {
  const m = PLURAL_SUFFIX.exec(path);
  return m ? [path.slice(0, m.index), m[1]] : [path, undefined];
}

/** The interpolation variables of a string: '{{count}} of {{total, number}}' → count, total. */
export function variables(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!));
}
