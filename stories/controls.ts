/**
 * Rows for the args a story cannot show. Storybook shows every arg of the meta, and every CSS
 * custom property of the element, in every story's Controls panel; where a story fixes the kind,
 * the method or the request itself, changing those would look like it works and do nothing. The
 * docs page's table is the first story's, which reads every arg.
 */
import type { ArgTypes } from '@storybook/web-components-vite';

/** The story's render does not read these args: their rows leave its Controls panel. */
export const unused = <Args>(...names: (keyof Args & string)[]): Partial<ArgTypes<Args>> =>
  Object.fromEntries(names.map((name) => [name, { table: { disable: true } }])) as Partial<
    ArgTypes<Args>
  >;

/**
 * The rows stay (they document the element) but have no input: nothing in this story (or, at
 * the meta, in most stories) shows what they style. Names are CSS custom properties, which are no
 * args of the story's own.
 */
export const noInput = (...names: string[]): Record<string, { control: false }> =>
  Object.fromEntries(names.map((name) => [name, { control: false }]));

/** Read only by the banner's toast variant: no input where the story cannot switch to it. */
export const BANNER_TOAST_ONLY = [
  '--faultline-banner-toast-inline-size',
  '--faultline-banner-toast-offset',
  '--faultline-banner-z-index',
  '--faultline-banner-shadow',
];

/** Read only by the banner's own action buttons (Sign in, Reload, Contact support…). */
export const BANNER_BUTTONS_ONLY = [
  '--faultline-banner-button-background',
  '--faultline-banner-button-color',
];

/** Read only by what an app slots into the banner (its own links and buttons). */
export const BANNER_SLOTTED_ONLY = ['--faultline-banner-color-scheme'];

/** An input for a CSS custom property that only this story shows, with its values to choose. */
export const cssChoice = (name: string, options: readonly string[]) => ({
  [name]: { control: 'inline-radio' as const, options },
});
