/**
 * Warns once about a value outside an element's allowed list (SWC's BADGE_VALID_SIZES pattern),
 * so a typo like `variant="tost"` is seen in the console instead of silently looking inline.
 */
const warned = new Set<string>();

export function warnInvalid(
  tag: string,
  property: string,
  value: unknown,
  allowed: readonly string[],
): void {
  if (allowed.includes(value as string)) return;
  const key = `${tag}|${property}|${String(value)}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `[faultline] <${tag}> ${property}="${String(value)}" is not one of ${allowed.join(', ')}; ` +
      `using "${allowed[0]}".`,
  );
}
