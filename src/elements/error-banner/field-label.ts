/**
 * What the operator sees as the name of a form control: its `aria-labelledby` or `aria-label`,
 * else the text of its first `<label>` (without the controls in it, such as a nested select's
 * options, and without a trailing required mark). The banner names a field error after it, in
 * the app's words and language, rather than after the payload's key ("MarketId"). Read when
 * the banner renders: a label that appears later is read at the next render.
 */
export function controlLabel(root: Document | ShadowRoot, id: string): string | undefined {
  const control = root.getElementById?.(id) as HTMLInputElement | null | undefined;
  if (!control) return undefined;
  const named = (control.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((ref) => (ref && root.getElementById(ref)) || undefined)
    .filter((el) => el !== undefined);
  const aria = control.getAttribute('aria-label')?.trim();
  const sources = named.length ? named : aria ? [] : [...(control.labels ?? [])].slice(0, 1);
  if (!sources.length) return aria || undefined;
  let text = '';
  for (const source of sources) {
    const copy = source.cloneNode(true) as Element;
    for (const c of copy.querySelectorAll('input,select,textarea,button')) c.remove();
    text += ` ${copy.textContent}`;
  }
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\s*\*$/, '') || undefined
  );
}
