/** Elements that take focus by keyboard. */
const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/** The focused element, looking inside shadow roots (document.activeElement stops at a host). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function usable(el: Element): el is HTMLElement {
  return el instanceof HTMLElement && !el.closest('[inert]') && el.getClientRects().length > 0;
}

/** Focuses `el` and tells whether focus really went there. */
export function tryFocus(el: Element | null | undefined): boolean {
  if (!el || !el.isConnected || !usable(el)) return false;
  el.focus();
  const active = deepActiveElement();
  return active === el || (active !== null && el.shadowRoot?.contains(active) === true);
}

/**
 * The focusable element just before `el` in document order, among its previous siblings and
 * theirs up the tree: where a keyboard user was heading from when the banner appeared.
 */
export function focusableBefore(el: Element): HTMLElement | undefined {
  for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const inside = [...sib.querySelectorAll(FOCUSABLE)].reverse();
      const candidate = [...inside, sib].find((c) => c.matches(FOCUSABLE) && usable(c));
      if (candidate) return candidate as HTMLElement;
    }
  }
  return undefined;
}
