import { expect, html } from '@open-wc/testing';
import '../../src/elements/error-provider/error-provider.define.js';
import { normalizeError } from '../../src/core/normalize.js';
import { BANNER_VARIANTS } from '../../src/elements/error-banner/error-banner.types.js';
import { banner, errorOf, part, q, textOf, translators } from './error-banner-helpers.js';
import type { ErrorBanner } from './error-banner-helpers.js';

const long =
  'The order could not be allocated because the warehouse reported that the stock level changed while it was being reserved. '.repeat(
    3,
  );

/** A banner with every part showing: detail with toggle, linked fields, reference, actions. */
const full = (severity: 'error' | 'warning') =>
  normalizeError(
    {
      errors: [
        {
          message: long,
          path: ['updateOrder', 'ref'],
          extensions: { code: severity === 'warning' ? 'C0141W' : 'C0141E' },
        },
      ],
    },
    { status: 200, method: 'GET', headers: { 'x-request-id': 'e-5f1c' } },
  );

describe('<error-banner> accessibility (axe)', function () {
  // Each test runs axe twice over a full banner; the first run in an engine also loads axe, and
  // on a loaded CI machine Firefox took over the default 10 s for that once.
  this.timeout(30_000);
  for (const variant of BANNER_VARIANTS) {
    for (const severity of ['error', 'warning'] as const) {
      it(`passes axe as a ${severity} in the ${variant} variant, with every part showing`, async () => {
        const el = await banner(html`
          <main>
            <error-banner
              variant=${variant}
              dismissible
              .fieldTargets=${{ 'updateOrder.ref': 'ref' }}
              .error=${full(severity)}
            ></error-banner>
            <label>Reference <input id="ref" /></label>
          </main>
        `);
        expect(el.getAttribute('severity')).to.equal(severity);
        expect(part(el, 'detail')).to.not.equal(null);
        expect(part(el, 'reference')).to.not.equal(null);
        await expect(el.parentElement).to.be.accessible();
        q<HTMLButtonElement>(el, '.toggle')!.click();
        await el.updateComplete;
        await expect(el.parentElement).to.be.accessible();
      });
    }
  }

  for (const kind of ['unauthenticated', 'conflict', 'request_failed', 'unavailable'] as const) {
    it(`passes axe with the ${kind} actions`, async () => {
      const el = await banner(html`
        <error-provider support-email="help@example.com" support-url="https://help.example.com">
          <error-banner .error=${errorOf(kind)} .retryAction=${async () => 1}></error-banner>
        </error-provider>
      `);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe right to left, in Arabic, with the labels translated', async () => {
    const { ar } = await translators();
    const el = await banner(html`
      <error-provider lang="ar">
        <error-banner dismissible .error=${full('error')}></error-banner>
      </error-provider>
    `);
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal(ar('actions.dismiss'));
    expect(textOf(q(el, '.toggle'))).to.equal(ar('actions.showMore'));
    // The accent stripe follows the reading direction: on the right in Arabic.
    const style = getComputedStyle(part(el, 'base')!);
    expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(parseFloat(style.borderLeftWidth));
    await expect(el).to.be.accessible();
  });

  it('passes axe when closed and after copying', async () => {
    const el: ErrorBanner = await banner(
      html`<error-banner .error=${full('error')}></error-banner>`,
    );
    el.open = false;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
