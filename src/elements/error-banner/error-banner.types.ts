/** Where and how a banner sits on the page. */
export const BANNER_VARIANTS = ['inline', 'toast', 'page'] as const;
export type BannerVariant = (typeof BANNER_VARIANTS)[number];

/** The advice actions the banner answers with a built-in button (besides retry). */
export const BANNER_BUTTONS = ['refresh-session', 'sign-in', 'reload', 'contact-support'] as const;
export type BannerButton = (typeof BANNER_BUTTONS)[number];

/** A field error as the banner shows it: vendor text already redacted. */
export interface FieldView {
  /** The field's name or path as the service sent it; undefined for a form-level error. */
  field?: string;
  /** The service's message, only when the error is public. */
  message?: string;
  /** The id of the form control to focus, from `fieldTargets`. */
  target?: string;
}

/** A way to reach support, shown beside the Contact support button. */
export interface ContactView {
  text: string;
  /** Only http:, https:, mailto: or a tel: of digits — anything else stays plain text. */
  href?: string;
  /** Read left to right in every language (a phone number). */
  ltr?: boolean;
}
