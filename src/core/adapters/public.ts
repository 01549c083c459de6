import { own } from '../text.js';

/**
 * `public: false`, also as text or a number ("false", 0, "no"): a no is always honoured, on the
 * payload and on each error in its list.
 */
export const saysNotPublic = (o: unknown): boolean => {
  const raw = own(o, 'public');
  return raw === false || /^\s*(false|0|no)\s*$/i.test(typeof raw == 'boolean' ? '' : String(raw));
};
