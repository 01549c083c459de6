/**
 * Digits as people type them: ASCII, Arabic-Indic, Persian and full-width (each has its value in
 * the low four bits of its code).
 */
export const DIGIT_CHARS = '0-9\u0660-\u0669\u06f0-\u06f9\uff10-\uff19';
export const DIGIT = `[${DIGIT_CHARS}]`;

/**
 * What splits a card's digit groups as it is typed, pasted or encoded: spaces of any width or
 * tabs, a plus (a form-encoded space), a dash or minus sign (also full-width), a dot, an
 * invisible character. Not a line break, a slash or an underscore: a list of order ids one per
 * line is not a card.
 */
export const SEPARATOR_CHARS =
  ' \t+.\\-\u00a0\u2000-\u200a\u202f\u2010-\u2015\u2212\u3000\uff0d\u200b-\u200d\u2060\ufeff\u00ad';
/** One separator between groups: up to three of those characters, or " - ". */
export const SEPARATOR = `(?: - |[${SEPARATOR_CHARS}]{1,3})`;
