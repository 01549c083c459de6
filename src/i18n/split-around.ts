/** Marks where an interpolated value goes, so a sentence can be split around it. */
const SLOT = '\uE000';

/**
 * A translated sentence split where `{{name}}` goes: the value can then sit in an element of its
 * own (a phone number in a left-to-right `<bdi>`, which would otherwise show its digit groups in
 * reverse order in Arabic) without control characters in the text. A translation that leaves
 * the value out gets it at the end.
 */
export function splitAround(
  t: (key: string, options: Record<string, string>) => string,
  key: string,
  name: string,
): [before: string, after: string] {
  const [before = '', ...after] = t(key, { [name]: SLOT }).split(SLOT);
  return [before, after.join('')];
}
