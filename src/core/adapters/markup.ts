import { text, toStatus } from '../text.js';
import type { Draft } from './types.js';

/**
 * A reference id printed on a gateway or CDN page: Cloudflare "Ray ID", Akamai "Reference #",
 * "Request ID", "Correlation ID", F5 "support ID". It must contain a digit, so prose such as
 * "reference documentation" is not taken for an id. Every repetition is bounded: a page of
 * nothing but "reference-" (64 kB) took a second of main thread when each keyword scanned on.
 */
const REFERENCE =
  /\b(?:ray id|reference|request[ -]?id|correlation[ -]?id|incident id|trace[ -]?id|support id(?: is)?)\W{0,12}(?:<[^<>]{0,200}>\s{0,20}){0,5}(?=[\w.=+/-]{0,99}\d)([\w.=+/-]{6,100})/i;

/** Looks like an HTML page rather than an XML document. */
export const isHtml = (head: string) => /<(!doctype html|html|head|body|title)\b/i.test(head);

/**
 * An HTML page (Jetty, nginx, a gateway) yields only its status and a reference id: its text is
 * never kept as a message. An XML error document (`<Error><Code>…<Message>…<RequestId>`) keeps
 * code, message (not public) and request id. Markup is searched in its first 64 kB only: error
 * pages are small, garbage may not be.
 */
export function markup(body: string, html: boolean): Draft {
  // Numeric entities decoded: Akamai writes "Reference&#32;&#35;18&#46;…".
  const s = body.slice(0, 65536).replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(+n));
  const ref = REFERENCE.exec(s)?.[1];
  const tag = (name: string) => text(new RegExp(`<${name}>([^<]*)</${name}>`, 'i').exec(s)?.[1]);
  return html
    ? {
        status: toStatus(/<(?:title|h1|h2)\b[^>]*>[^<]*?\b([1-5]\d\d)\b/i.exec(s)?.[1]),
        errorId: ref,
      }
    : { code: tag('Code'), message: tag('Message'), errorId: tag('RequestId') ?? ref };
}
