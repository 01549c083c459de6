/**
 * Warns once about a value outside an element's allowed list (SWC's BADGE_VALID_SIZES pattern),
 * so a typo like `variant="tost"` is seen in the console instead of silently looking inline.
 */
const warned = new Set<string>();

/** Says `message` in the console once per page, however many elements make the same mistake. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[faultline] ${message}`);
}

export function warnInvalid(
  tag: string,
  property: string,
  value: unknown,
  allowed: readonly string[],
): void {
  if (allowed.includes(value as string)) return;
  warnOnce(
    `<${tag}> ${property}="${String(value)}" is not one of ${allowed.join(', ')}; ` +
      `using "${allowed[0]}".`,
  );
}
