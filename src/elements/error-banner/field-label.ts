/**
 * What the operator sees as the name of a form control: its `aria-label`, else the text of its
 * first `<label>` (without the controls in it, such as a nested select's options, and without a
 * trailing required mark). The banner names a field error after it, in the app's words and
 * language, rather than after the payload's key ("MarketId").
 */
export function controlLabel(root: Document | ShadowRoot, id: string): string | undefined {
  const control = root.getElementById?.(id) as HTMLInputElement | null | undefined;
  const label = control?.getAttribute('aria-label')?.trim() || control?.labels?.[0];
  if (!label || typeof label == 'string') return label || undefined;
  const copy = label.cloneNode(true) as Element;
  for (const c of copy.querySelectorAll('input,select,textarea,button')) c.remove();
  return (
    copy
      .textContent!.replace(/\s+/g, ' ')
      .trim()
      .replace(/\s*\*$/, '') || undefined
  );
}
