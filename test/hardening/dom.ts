/**
 * Reading rendered elements the way an attacker would judge them: every element and attribute
 * in every (nested) shadow root, every link, and all text a person can see or hear.
 */

/** Every element under `root`, descending into open shadow roots. */
export function* walk(root: Element | ShadowRoot | Document): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* walk(el.shadowRoot);
  }
}

/** Every element in the shadow trees of `host` (and nested hosts), excluding `host`'s light DOM. */
export function* shadowElements(host: Element): Generator<Element> {
  if (host.shadowRoot) yield* walk(host.shadowRoot);
}

/** `tag` and `tag@attribute` for each element: what a template can create. */
export function structure(host: Element): Set<string> {
  const out = new Set<string>();
  for (const el of shadowElements(host)) {
    out.add(el.localName);
    for (const a of el.getAttributeNames()) out.add(`${el.localName}@${a}`);
  }
  return out;
}

const HIDDEN_TEXT = new Set(['style', 'script', 'template']);

/** All text nodes' content in the shadow trees, plus the attributes that assistive tech reads. */
export function screenText(host: Element): string {
  const parts: string[] = [];
  const collect = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!HIDDEN_TEXT.has(n.parentElement?.localName ?? '')) parts.push(n.nodeValue ?? '');
    }
    for (const el of walk(root)) {
      for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext'])
        if (el.hasAttribute(a)) parts.push(el.getAttribute(a)!);
      // Form controls show their value, which is no text node.
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
      if (el.shadowRoot) collect(el.shadowRoot);
    }
  };
  if (host.shadowRoot) collect(host.shadowRoot);
  return parts.join(' ');
}

/** Every `href` of every link in the shadow trees, resolved. */
export function links(host: Element): string[] {
  return [...shadowElements(host)]
    .filter(
      (el): el is HTMLAnchorElement | SVGAElement =>
        el.localName === 'a' || el.localName === 'area',
    )
    .filter((a) => a.hasAttribute('href'))
    .map((a) => new URL(a.getAttribute('href')!, document.baseURI).href);
}

export const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** Attributes whose value contains `mark`, other than a mailto: body (the ticket, encoded). */
export function markedAttributes(host: Element, mark: string): string[] {
  const out: string[] = [];
  for (const el of shadowElements(host))
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? '';
      if (name === 'href' && value.startsWith('mailto:')) continue;
      if (value.includes(mark)) out.push(`${el.localName}@${name}=${value.slice(0, 80)}`);
    }
  return out;
}
