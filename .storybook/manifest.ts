/**
 * Prepares custom-elements.json for Storybook's docs tables.
 *
 * The elements register in `*.define.ts` through `Class.define(tag)`, which
 * `cem analyze --litelement` does not recognise as a registration, so the manifest's classes carry
 * no `tagName` and Storybook (which looks components up by tag) would find none of them. A
 * class-level `@tagname` JSDoc tag in src/ would fix that at the source; until then (and harmlessly
 * after) the tag is filled in here. The tables also list only what a page author can use: private,
 * protected and static members are internals, and a read-only getter is marked as such. Parts
 * are listed as `::part(name)` and the default slot as "(default)", so no row hides another.
 */

interface ManifestMember {
  kind?: string;
  name?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  description?: string;
}

interface ManifestDeclaration {
  cssParts?: { name?: string }[];
  slots?: { name?: string }[];
  kind?: string;
  name?: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: ManifestMember[];
}

interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/** Class name → default tag (DEFAULT_TAGS in src/elements.ts); names as written, never minified. */
export const ELEMENT_TAGS: Readonly<Record<string, string>> = {
  ErrorBanner: 'error-banner',
  RetryButton: 'retry-button',
  SupportChecklist: 'support-checklist',
  ErrorProvider: 'error-provider',
};

const isPublicField = (m: ManifestMember) =>
  m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected';

/** A copy of `manifest` with tags filled in and only public members listed. */
export function prepareManifest<T>(manifest: T): T {
  const copy = structuredClone(manifest) as Manifest;
  for (const mod of copy.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      const tag = decl.name ? ELEMENT_TAGS[decl.name] : undefined;
      if (decl.kind !== 'class' || !tag) continue;
      decl.tagName ??= tag;
      decl.customElement = true;
      // Storybook shows `description` above the docs table; the JSDoc puts the lead in `summary`.
      decl.description = [decl.summary, decl.description].filter(Boolean).join('\n\n');
      // Storybook keys its tables by name, so a part called `error` or `confirm` replaced the
      // property or attribute of that name, and the default slot (named "") was not listed.
      decl.cssParts = decl.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` }));
      decl.slots = decl.slots?.map((slot) => ({ ...slot, name: slot.name || '(default)' }));
      decl.members = (decl.members ?? [])
        .filter(isPublicField)
        .map((m) =>
          m.readonly ? { ...m, description: `${m.description ?? ''} (read-only)`.trim() } : m,
        );
    }
  }
  return copy as T;
}
