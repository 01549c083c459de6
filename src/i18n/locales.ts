/** The locales the kit ships, English first (the source and the fallback). */
export const LOCALES = ['en', 'nb', 'de', 'fr', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** The kit's one i18next namespace; an app's own namespaces are never touched. */
export const NAMESPACE = 'faultline';

/** Norwegian without a written standard ('no') and Nynorsk ('nn') read Bokmål best of ours. */
const ALIASES: Readonly<Record<string, Locale>> = { no: 'nb', nn: 'nb' };

/** The shipped locale that serves a BCP 47 tag ('nb-NO' → 'nb', 'fr-CA' → 'fr'), if any. */
export function localeOf(lang: string | null | undefined): Locale | undefined {
  const base = String(lang ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_]/)[0];
  if (!base) return undefined;
  const found = (LOCALES as readonly string[]).includes(base) ? (base as Locale) : undefined;
  return found ?? (Object.hasOwn(ALIASES, base) ? ALIASES[base] : undefined);
}

const canonical = new Map<string, string | undefined>();

/**
 * The canonical form of a language tag ('EN-us' → 'en-US'), or undefined when it is not one.
 * Memoized: every element resolves its language on each update, and Intl is slow to ask.
 */
export function canonicalLang(lang: string | null | undefined): string | undefined {
  const tag = lang?.trim();
  if (!tag) return undefined;
  if (canonical.has(tag)) return canonical.get(tag);
  let result: string | undefined;
  try {
    result = Intl.getCanonicalLocales(tag)[0];
  } catch {
    result = undefined;
  }
  // Bounded: tags come from markup, and a page has only a handful.
  if (canonical.size < 256) canonical.set(tag, result);
  return result;
}
