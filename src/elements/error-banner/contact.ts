import type { SupportContact } from '../../core/types.js';
import type { ContactView } from './error-banner.types.js';
import { telHref } from '../support-checklist/contact-links.js';

const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
/** One address, no spaces or markup, so `mailto:` cannot carry extra headers or recipients. */
const EMAIL = /^[^\s@<>()[\],;:"?&]+@[^\s@<>()[\],;:"?&]+\.[^\s@<>()[\],;:"?&]+$/;

/** `href` if it parses as an http:, https: or mailto: URL; javascript:, data: … never link. */
export function safeHref(href: string): string | undefined {
  try {
    return LINK_PROTOCOLS.has(new URL(href).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

/** The provider's contact as text, each a link only when it is safe to be one. */
export function contactViews(contact: SupportContact | undefined): ContactView[] {
  if (!contact || typeof contact !== 'object') return [];
  const out: ContactView[] = [];
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const name = str(contact.name);
  const email = str(contact.email);
  const url = str(contact.url);
  const phone = str(contact.phone);
  if (name) out.push({ text: name });
  if (email)
    out.push({ text: email, href: EMAIL.test(email) ? safeHref(`mailto:${email}`) : undefined });
  if (url) out.push({ text: url, href: safeHref(url) });
  // A phone number is dialled from the banner as from the checklist: `tel:` and digits only.
  if (phone) {
    const href = telHref(phone);
    out.push(href ? { text: phone, href, ltr: true } : { text: phone });
  }
  return out;
}
