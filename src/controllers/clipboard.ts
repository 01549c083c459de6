/**
 * Copies text to the clipboard. The Clipboard API needs a secure context and, in some engines,
 * permission or a fresh user gesture; where it is missing or refuses, a hidden textarea and
 * `document.execCommand('copy')` still work in every engine the kit supports. Resolves `true`
 * when one of the two reported success, never rejects.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    // Optional at run time (insecure origins, old engines), whatever lib.dom says.
    const clipboard = globalThis.navigator?.clipboard as Clipboard | undefined;
    if (typeof clipboard?.writeText === 'function') {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable here (an insecure origin, an iframe without permission): fall back.
  }
  return copyWithSelection(text);
}

function copyWithSelection(text: string): boolean {
  if (typeof document === 'undefined' || !document.body) return false;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  // Off screen, not display:none: a hidden element cannot be selected.
  Object.assign(area.style, {
    position: 'fixed',
    insetBlockStart: '0',
    insetInlineStart: '-9999px',
    opacity: '0',
  });
  const active = deepActiveElement();
  document.body.append(area);
  try {
    area.select();
    // Deprecated, but the only way without the Clipboard API.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    // Give focus back where the operator was (the copy button), not to <body>.
    if (active instanceof HTMLElement) active.focus();
  }
}

/** The focused element, inside shadow roots too (document.activeElement stops at the host). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
