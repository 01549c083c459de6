/**
 * Registration kept apart from the classes (Shoelace, SWC): defining a tag that is already taken
 * warns instead of throwing, so two copies of the kit on one page do not crash the app.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing === ctor) return;
  if (existing) {
    console.warn(
      `[faultline] <${tag}> is already defined by another class; keeping the first definition. ` +
        'Two copies of faultline may be loaded, or the app uses this tag name: ' +
        "register under another name with define() from 'faultline/elements'.",
    );
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (e) {
    // The same constructor cannot be registered twice under different names.
    console.warn(`[faultline] could not define <${tag}>:`, e);
  }
}

/**
 * The tag a faultline class was registered under, so an element can render another one (the
 * banner's retry button) even when the app registered the kit under its own names.
 */
export function tagFor(ctor: CustomElementConstructor, fallback: string): string {
  return globalThis.customElements?.getName?.(ctor) ?? fallback;
}
