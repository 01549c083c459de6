/**
 * The shape every locale must have, derived from the English catalog (the source). Plural keys
 * (`x_one`, `x_other`, Arabic's `x_zero` … `x_many`) differ by locale, so they are left to the
 * catalog test, which checks them against each locale's `Intl.PluralRules` categories; every
 * other key is required here, so a missing string is a type error before it is a test failure.
 */

/** The categories `Intl.PluralRules` can report (cardinal). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

type PluralKey = `${string}_${PluralCategory}`;

/** A nested record of strings, as i18next stores one namespace. */
export interface CatalogTree {
  readonly [key: string]: string | CatalogTree;
}

/** `T` with every string widened and plural keys free, for the translations of `T`. */
export type Translation<T> = {
  -readonly [K in keyof T as K extends PluralKey ? never : K]: T[K] extends string
    ? string
    : Translation<T[K]>;
} & { [K in PluralKey]?: string };

/** Overrides an app may add: any subset of the keys, any plural forms. */
export type PartialTranslation<T> = {
  [K in keyof T as K extends PluralKey ? never : K]?: T[K] extends string
    ? string
    : PartialTranslation<T[K]>;
} & { [K in PluralKey]?: string };
