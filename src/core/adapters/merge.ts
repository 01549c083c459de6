import type { Draft } from './types.js';

/**
 * Fills the fields `into` does not have yet from `from`: earlier adapters win. Own fields only,
 * on both sides: a polluted `Object.prototype` (`public: true` set by some other script on the
 * page) must neither fill a field nor count as one already filled.
 */
export function merge(into: Draft, from?: Draft): Draft {
  const t = into as Record<string, unknown>;
  const f = Object(from) as Record<string, unknown>;
  for (const k of Object.keys(f)) if (!Object.hasOwn(t, k) || t[k] == null) t[k] = f[k];
  return into;
}

/** An empty draft that inherits nothing, so reading a field never finds a polluted one. */
export const draft = (): Draft => Object.create(null) as Draft;
