import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import { render } from 'lit';
import '../../src/index.js';
import type { ErrorBanner, SupportChecklist } from '../../src/elements.js';
import { normalizeError } from '../../src/core.js';
import { payloads, PRIVATE, runs } from './arbitraries.js';
import { screenText } from './dom.js';

const RUNS = 300;

/** Lit reports a failed render here, not as a thrown exception. */
function collectErrors(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

describe('fuzz: elements', function () {
  this.timeout(120_000);
  let host: HTMLElement;
  let banner: ErrorBanner;
  let checklist: SupportChecklist;
  let count = 0;

  before(async () => {
    // One element of each, reused for every case (not fixture(): it is cleaned up per test).
    host = document.createElement('div');
    document.body.append(host);
    render(
      html`<error-provider support-email="help@example.com">
        <error-banner dismissible .retryAction=${async () => 1}></error-banner>
        <support-checklist .context=${{ tenant: 'acme' }}></support-checklist>
      </error-provider>`,
      host,
    );
    banner = host.querySelector('error-banner')!;
    checklist = host.querySelector('support-checklist')!;
    await Promise.all([banner.updateComplete, checklist.updateComplete]);
  });
  after(() => {
    host.remove();
    console.log(`[hardening] fuzz element runs: ${count} (each renders a banner and a checklist)`);
  });

  it(`renders any payload without an exception and without private text (${RUNS} runs)`, async () => {
    const { errors, stop } = collectErrors();
    try {
      await fc.assert(
        fc.asyncProperty(payloads, fc.integer({ min: 100, max: 599 }), async (input, status) => {
          count++;
          banner.status = status;
          banner.error = input;
          const e = normalizeError(input, { status });
          checklist.error = e;
          await Promise.all([banner.updateComplete, checklist.updateComplete]);
          expect(errors, 'render errors').to.deep.equal([]);
          expect(banner.normalizedError.public).to.equal(e.public);
          if (!e.public) {
            expect(screenText(banner).includes(PRIVATE), 'private text in the banner').to.equal(
              false,
            );
            expect(
              screenText(checklist).includes(PRIVATE),
              'private text in the checklist',
            ).to.equal(false);
            expect(
              checklist.preview('json').includes(PRIVATE),
              'private text in the ticket',
            ).to.equal(false);
          }
        }),
        runs(RUNS),
      );
    } finally {
      stop();
    }
  });
});
