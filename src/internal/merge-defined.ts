/**
 * Layers merged field by field, later ones winning; a field set to undefined does not erase an
 * earlier one (`{ email: props.email, phone }` with no e-mail keeps the provider's). Own
 * enumerable fields only; a layer that is not an object is skipped.
 */
export function mergeDefined<T extends object>(...layers: (T | null | undefined)[]): T {
  const out: Record<string, unknown> = {};
  for (const layer of layers) {
    if (!layer || typeof layer !== 'object') continue;
    for (const [key, value] of Object.entries(layer)) if (value !== undefined) out[key] = value;
  }
  return out as T;
}
