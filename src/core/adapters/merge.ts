import type { Draft } from './types.js';

/** Fills the fields `into` does not have yet from `from`: earlier adapters win. */
export function merge(into: Draft, from?: Draft): Draft {
  const t = into as Record<string, unknown>;
  for (const k in from) t[k] ??= (from as Record<string, unknown>)[k];
  return into;
}
