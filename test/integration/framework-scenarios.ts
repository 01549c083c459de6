// What the framework tests (react, vue, angular) give the kit and check of it, written once:
// each framework binds these in its own syntax, and the elements must answer the same way.
import { expect, waitUntil } from '@open-wc/testing';
import { normalizeError } from '../../src/core/normalize.js';
import type { SupportChecklist } from '../../src/elements/support-checklist/support-checklist.js';
import { expected, part, textOf, translators } from '../elements/error-banner-helpers.js';
import type { ErrorBanner } from '../elements/error-banner-helpers.js';

/** A critical (P0) write that failed with 503: its advice must stay "never, reload". */
export const criticalWrite = () =>
  normalizeError('', { status: 503, method: 'POST', critical: true });

/** The bound critical write reached the banner as itself, not re-read as a payload. */
export async function expectCriticalWriteKept(el: ErrorBanner): Promise<void> {
  const { en } = await translators();
  expect(el.normalizedError.operation?.critical).to.equal(true);
  expect(el.retryAdvice).to.include({ retry: 'never', action: 'reload' });
  expect(textOf(part(el, 'headline'))).to.equal(expected(el, en).headline);
}

/** A 401 after the session was refreshed: the banner offers Sign in. */
export const expiredSession = () => normalizeError('', { status: 401, method: 'GET' });

/** Presses the banner's Sign in button, as the operator would. */
export function pressSignIn(el: ErrorBanner): void {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="sign-in"]')!.click();
}

/** The banner speaks the provider's Norwegian, which differs from its English. */
export async function expectNorwegian(el: ErrorBanner): Promise<void> {
  const { en, nb } = await translators();
  await el.updateComplete;
  expect(textOf(part(el, 'headline'))).to.equal(expected(el, nb).headline);
  expect(expected(el, nb).headline).to.not.equal(expected(el, en).headline);
}

/** A server error on a read, for the checklist. */
export const checklistError = () =>
  normalizeError('', { status: 500, method: 'GET', endpoint: '/api/orders/17' });

/** Everything the checklist requires, so copying sends the ticket at once. */
export const fullContext = () => ({
  tenant: 'acme',
  environment: 'production',
  user: 'ada@example.com',
  ids: { orderId: '17' },
  retries: 0,
  description: 'Opening order 17',
  steps: 'Open order 17',
});

/**
 * Checks the checklist shows the context it was given, then presses Copy with a stub clipboard
 * and waits until `heard()` says the framework's handler got the ticket; one text, naming the
 * tenant, must have been copied.
 */
export async function copyTicket(
  el: SupportChecklist,
  heard: () => boolean,
  framework: string,
): Promise<void> {
  const shown = textOf(el.shadowRoot!.querySelector('[part~="fields"]'));
  expect(shown).to.include('acme');
  expect(shown).to.include('production');
  expect(shown).to.include('GET /api/orders/17');
  const copied: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void copied.push(text) },
  });
  try {
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="copy-button"]')!.click();
    await waitUntil(heard, `no faultline-support-ticket reached ${framework}`);
  } finally {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
  }
  expect(copied).to.have.length(1);
  expect(copied[0]).to.include('acme');
}
