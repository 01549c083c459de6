import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import '../../src/elements/error-banner/error-banner.define.js';
import type { ErrorBanner } from '../../src/elements/error-banner/error-banner.js';
import type { RetryButton } from '../../src/elements/retry-button/retry-button.js';
import { liveRegion } from '../../src/controllers/announcer.js';
import { normalizeError } from '../../src/core/normalize.js';
import type { ErrorKind, NormalizeInit, NormalizedError } from '../../src/core/types.js';
import { defaultI18n, describeError, loadLocale, NAMESPACE } from '../../src/i18n/index.js';

export type { ErrorBanner };

/** One payload per kind, as an app would receive it. */
export const BY_KIND: Readonly<Record<ErrorKind, readonly [unknown, NormalizeInit]>> = {
  validation: [{ message: 'Bad input' }, { status: 400, method: 'POST' }],
  unauthenticated: ['', { status: 401, method: 'GET', endpoint: '/api/orders/17' }],
  forbidden: ['', { status: 403, method: 'GET' }],
  not_found: ['', { status: 404, method: 'GET' }],
  conflict: ['', { status: 409, method: 'PUT' }],
  payload_too_large: ['', { status: 413, method: 'POST' }],
  rate_limited: ['', { status: 429, method: 'GET' }],
  request_failed: ['', { status: 402, method: 'POST' }],
  timeout: ['', { status: 504, method: 'GET' }],
  unavailable: ['', { status: 503, method: 'GET' }],
  server: ['', { status: 500, method: 'GET' }],
  network: [new TypeError('Failed to fetch'), { method: 'GET' }],
  aborted: [new DOMException('The user aborted a request.', 'AbortError'), { method: 'GET' }],
  unsupported: ['', { status: 405, method: 'DELETE' }],
  unknown: [undefined, {}],
};

export function errorOf(kind: ErrorKind): NormalizedError {
  const [input, init] = BY_KIND[kind];
  return normalizeError(input, init);
}

/** The kit's default instance (what a banner without a provider uses), with nb and ar loaded. */
export async function translators(): Promise<{ en: TFunction; nb: TFunction; ar: TFunction }> {
  const i18n = defaultI18n();
  await Promise.all([loadLocale(i18n, 'nb'), loadLocale(i18n, 'ar')]);
  return {
    en: i18n.getFixedT('en', NAMESPACE),
    nb: i18n.getFixedT('nb', NAMESPACE),
    ar: i18n.getFixedT('ar', NAMESPACE),
  };
}

/** What the catalogs say the banner should show for its own error and advice. */
export function expected(el: ErrorBanner, t: TFunction) {
  return describeError(el.normalizedError, t, el.retryAdvice);
}

export const part = <T extends Element = HTMLElement>(el: ErrorBanner, name: string): T | null =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

export const q = <T extends Element = HTMLElement>(el: ErrorBanner, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

export const textOf = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The visible action buttons' `data-action`s, in order. */
export const actionsOf = (el: ErrorBanner): string[] =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="actions"] button[data-action]')].map(
    (b) => b.dataset.action!,
  );

export async function banner(template: TemplateResult): Promise<ErrorBanner> {
  const el = await fixture<HTMLElement>(template);
  const found = el.localName === 'error-banner' ? el : el.querySelector('error-banner');
  if (!found) throw new Error('no <error-banner> in the fixture');
  await (found as ErrorBanner).updateComplete;
  return found as ErrorBanner;
}

export const plain = (error: unknown) =>
  banner(html`<error-banner .error=${error}></error-banner>`);

/** The focused element, through shadow roots. */
export function activeDeep(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Texts of the live region's messages for a politeness. */
export const announced = (politeness: 'polite' | 'assertive'): string[] =>
  [...liveRegion(politeness).children].map((n) => n.textContent ?? '');

export function clearLiveRegions(): void {
  liveRegion('polite').replaceChildren();
  liveRegion('assertive').replaceChildren();
}

export const nextFrame = () => new Promise((r) => setTimeout(r, 200));

/** Presses the banner's built-in retry button, as the operator would. */
export async function pressRetry(el: ErrorBanner): Promise<RetryButton> {
  const retry = el.shadowRoot!.querySelector<RetryButton>('retry-button')!;
  await retry.updateComplete;
  retry.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!.click();
  return retry;
}
