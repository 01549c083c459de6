/**
 * Links to the support desk built from the provider's contact. The contact is configuration, but
 * it may come from a server or a CMS: nothing in it can become a `javascript:` URL, add
 * recipients or headers to an e-mail, or smuggle markup. A value that does not look right gives
 * no link at all rather than a repaired one.
 */

/** A plain address: no spaces, quotes, `?`, `&`, `%`, `,` or `:` that could add headers or recipients. */
const EMAIL = /^[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+$/;

export function mailtoHref(email: unknown, subject: string, body: string): string | undefined {
  if (typeof email !== 'string' || !EMAIL.test(email.trim())) return undefined;
  // RFC 6068: line breaks in a body are CRLF, percent-encoded. A lone surrogate (typed, or in
  // the app's context) would make encodeURIComponent throw: it becomes U+FFFD instead.
  const encode = (s: string) =>
    encodeURIComponent(
      s
        .replace(/\r?\n/g, '\r\n')
        .replace(
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
          '\uFFFD',
        ),
    );
  return `mailto:${email.trim()}?subject=${encode(subject)}&body=${encode(body)}`;
}

/**
 * Mail clients cut or refuse a `mailto:` URL much beyond this many characters (Outlook on
 * Windows stops near 2,000).
 */
export const MAILTO_MAX = 2000;

/**
 * A mailto link that fits MAILTO_MAX: a body too long for it is cut at a line's end where it
 * can be, and ends with `note` (the rest is on the clipboard). `shortened` says whether it was.
 */
export function fittedMailto(
  email: unknown,
  subject: string,
  body: string,
  note: string,
): { href: string; shortened: boolean } | undefined {
  const whole = mailtoHref(email, subject, body);
  if (whole === undefined) return undefined;
  if (whole.length <= MAILTO_MAX) return { href: whole, shortened: false };
  const cut = (n: number) => {
    const head = body.slice(0, n);
    const line = head.lastIndexOf('\n');
    return `${line > n / 2 ? head.slice(0, line) : head}\n…\n${note}`;
  };
  // The longest head that fits: encoding makes the length of the URL grow unevenly with it.
  let [low, high] = [0, body.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (mailtoHref(email, subject, cut(mid))!.length <= MAILTO_MAX) low = mid;
    else high = mid - 1;
  }
  return { href: mailtoHref(email, subject, cut(low))!, shortened: true };
}

/** The support site, only over http(s). */
export function webHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** `tel:` with digits and a leading `+` only ("+47 22 12 01 01" → "tel:+4722120101"). */
export function telHref(phone: unknown): string | undefined {
  if (typeof phone !== 'string' || !/^[\d\s()+./-]{3,32}$/.test(phone.trim())) return undefined;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 3) return undefined;
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${digits}`;
}
