import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/elements/error-banner/error-banner.define.js';
import '../../src/elements/retry-button/retry-button.define.js';
import '../../src/elements/support-checklist/support-checklist.define.js';
import type { ErrorBanner } from '../../src/elements/error-banner/error-banner.js';
import type { RetryButton } from '../../src/elements/retry-button/retry-button.js';
import type { SupportChecklist } from '../../src/elements/support-checklist/support-checklist.js';
import { normalizeError } from '../../src/core/normalize.js';

/**
 * Windows High Contrast (forced colors), emulated in Chromium; the other engines cannot emulate
 * it and skip. The browser repaints most colours by itself, so these check what it would not
 * do: keep the CSS-drawn icon visible, mark a disabled-looking control as GrayText, and set a
 * field with a problem apart with Mark.
 */
describe('forced colors', () => {
  before(async function () {
    if (!(await executeServerCommand('forced-colors', true))) this.skip();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });
  after(async () => {
    await executeServerCommand('forced-colors', false);
  });

  /** What a system colour resolves to on this machine, read from an element left unforced. */
  function system(color: string): string {
    const probe = document.createElement('span');
    probe.style.setProperty('forced-color-adjust', 'none');
    probe.style.color = color;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }

  const inShadow = (host: Element, selector: string) =>
    getComputedStyle(host.shadowRoot!.querySelector(selector)!);

  for (const severity of ['error', 'warning'] as const) {
    it(`keeps the ${severity} icon drawn in CanvasText on Canvas`, async () => {
      const el = await fixture<ErrorBanner>(
        html`<error-banner
          .error=${normalizeError(
            { errors: [{ code: severity === 'error' ? 'C0141E' : 'C0141W', message: 'Too long' }] },
            { status: 200, method: 'POST' },
          )}
        ></error-banner>`,
      );
      expect(el.severity).to.equal(severity);
      const icon = inShadow(el, '[part="icon"]');
      // Left to the browser, the accent would turn into Canvas and the icon would vanish.
      expect(icon.backgroundColor).to.equal(system('CanvasText'));
      expect(icon.backgroundColor).to.not.equal(system('Canvas'));
      expect(icon.backgroundImage).to.include(system('Canvas'));
    });
  }

  it('outlines the close button, which has no border of its own', async () => {
    const el = await fixture<ErrorBanner>(
      html`<error-banner
        dismissible
        .error=${normalizeError('', { status: 409, method: 'PUT' })}
      ></error-banner>`,
    );
    // Without a border the browser has nothing to repaint: the button would be bare text.
    const close = inShadow(el, '[part="close-button"]');
    expect(close.borderTopWidth).to.equal('1px');
    expect(close.borderTopStyle).to.equal('solid');
    expect(close.borderTopColor).to.equal(system('ButtonText'));
  });

  it('greys out a retry button that cannot be pressed while it runs', async () => {
    const el = await fixture<RetryButton>(
      html`<retry-button
        .error=${normalizeError('', { status: 503, method: 'GET' })}
        .action=${() => new Promise(() => {})}
      ></retry-button>`,
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"], button')!.click();
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('[aria-disabled="true"]');
    expect(button, 'a button marked aria-disabled while the attempt runs').to.not.equal(null);
    expect(getComputedStyle(button!).color).to.equal(system('GrayText'));
  });

  it('marks a required checklist field left empty with a thicker border in the text colour', async () => {
    const el = await fixture<SupportChecklist>(
      html`<support-checklist
        .error=${normalizeError('', { status: 500, method: 'GET' })}
      ></support-checklist>`,
    );
    // Copying with required fields empty shows each problem on its field.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="copy-button"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[aria-invalid="true"]'));
    const input = el.shadowRoot!.querySelector('[aria-invalid="true"]')!;
    const style = getComputedStyle(input);
    // Not Mark: a background colour, yellow on a white Canvas, that all but vanishes as a border.
    expect(style.borderTopColor).to.equal(system('CanvasText'));
    expect(style.borderTopWidth).to.equal('3px');
    const valid = el.shadowRoot!.querySelector('[part="input"]:not([aria-invalid="true"])')!;
    expect(getComputedStyle(valid).borderTopWidth).to.equal('1px');
  });
});
