import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/error-provider/error-provider.define.js';
import '../../src/elements/error-banner/error-banner.define.js';
import '../../src/elements/retry-button/retry-button.define.js';
import '../../src/elements/support-checklist/support-checklist.define.js';
import type { ErrorProvider } from '../../src/elements/error-provider/error-provider.js';
import type { RetryButton } from '../../src/elements/retry-button/retry-button.js';
import type { SupportChecklist } from '../../src/elements/support-checklist/support-checklist.js';
import { normalizeError } from '../../src/core.js';
import { ar } from '../../src/i18n/locales/ar.js';
import { activeDeep, banner, errorOf, part, q } from './error-banner-helpers.js';
import { leftOf } from './text-position.js';
import { fullContext } from '../fixtures/support-context.js';

// What the visual audit of the last commit found, measured the way a user meets it: on screen.

/** Where the text under `node` is drawn (not its box: overflowing text spills out of it). */
const inkOf = (node: Node): DOMRect => {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
};

const inViewport = (r: DOMRect) =>
  r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;

/** A 422 listing 40 field errors, each a sentence: taller than any phone's screen. */
const manyFieldErrors = normalizeError(
  {
    message: 'Forty fields are invalid.',
    errors: Array.from({ length: 40 }, (_, i) => ({
      field: `line_${i + 1}`,
      message: 'must be filled in before the order can be activated',
    })),
  },
  { status: 422, method: 'POST', endpoint: '/orders/17' },
);

/** A 402 Request Failed (the operator is sent to support), at a known time. */
const requestFailed = normalizeError('', {
  status: 402,
  method: 'POST',
  endpoint: '/orders/17/activate',
  now: new Date('2026-11-22T13:03:07Z'),
});

const shadow = (el: SupportChecklist) => el.shadowRoot!;
const checklistPart = (el: SupportChecklist, name: string) =>
  shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const checklistParts = (el: SupportChecklist, name: string) => [
  ...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** WebKitWebDriver drops some spaces inside `type` (also in a plain <textarea>): press them. */
async function typeText(text: string) {
  for (const [i, word] of text.split(' ').entries()) {
    if (i) await sendKeys({ press: ' ' });
    await sendKeys({ type: word });
  }
}

/** The checklist in `provider` once its Arabic strings have arrived (they load on demand). */
async function inArabic(provider: ErrorProvider): Promise<SupportChecklist> {
  const el = provider.querySelector('support-checklist')!;
  const word = ar.support.progress.split(' ')[0]!;
  await waitUntil(() => checklistPart(el, 'summary')?.textContent?.includes(word), 'no Arabic', {
    timeout: 5000,
  });
  return el;
}

describe('layout (visual audit)', () => {
  it('keeps an app’s slotted link readable on the light banner of a dark page', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="color-scheme: dark; background: #121212; color: #eee; padding: 1rem">
        <error-banner .error=${errorOf('server')}
          ><a slot="actions" href="#status">Service status</a></error-banner
        >
      </div>`,
    );
    const el = wrap.querySelector('error-banner')!;
    await el.updateComplete;
    // The dark scheme's pale link colour is 2.2:1 on the banner's #fdf3f2.
    await expect(wrap).to.be.accessible();
  });

  describe('<error-banner>', () => {
    it('keeps a toast taller than the screen inside it, headline and close button in reach', async () => {
      // A fixed toast that grows past the top puts its headline and close button out of reach.
      const el = await banner(
        html`<error-banner variant="toast" dismissible .error=${manyFieldErrors}></error-banner>`,
      );
      const base = part(el, 'base')!;
      expect(base.scrollHeight, 'the content is taller than the screen').to.be.above(
        window.innerHeight,
      );
      const box = base.getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(window.innerHeight);
      expect(inViewport(part(el, 'headline')!.getBoundingClientRect()), 'headline').to.equal(true);
      expect(inViewport(part(el, 'close-button')!.getBoundingClientRect()), 'close').to.equal(true);
    });

    it('wraps a long field name and a long support address at 320 px', async () => {
      // A page wider than a 320 px phone scrolls sideways and hides the end of every line.
      const long = `customer_${'x'.repeat(120)}`;
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="inline-size: 320px">
          <error-provider
            .contact=${{
              name: 'Omnium support',
              email: `support${'x'.repeat(60)}@example.com`,
              url: `https://help.example.com/${'y'.repeat(100)}`,
            }}
          >
            <error-banner
              .error=${normalizeError(
                { errors: [{ field: long, message: 'is not known' }] },
                { status: 402, method: 'POST' },
              )}
            ></error-banner>
          </error-provider>
        </div>
      `);
      const el = wrapper.querySelector('error-banner')!;
      await el.updateComplete;
      const right = wrapper.getBoundingClientRect().right;
      const items = [...part(el, 'fields')!.querySelectorAll('li'), ...q(el, '.contact')!.children];
      expect(items).to.have.length(4);
      for (const item of items)
        expect(inkOf(item).right, item.textContent!.slice(0, 20)).to.be.at.most(right + 0.5);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });

    it("writes the action buttons' text in --faultline-color-on-danger", async () => {
      // A dark theme with a light accent needs dark button text; fixed white was unreadable.
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="--faultline-color-danger: #ffb4ab; --faultline-color-on-danger: rgb(105, 0, 5)">
          <error-banner .error=${errorOf('conflict')}></error-banner>
        </div>
      `);
      const el = wrapper.querySelector('error-banner')!;
      await el.updateComplete;
      const button = q(el, 'button[data-action="reload"]')!;
      expect(getComputedStyle(button).color).to.equal('rgb(105, 0, 5)');
    });
  });

  describe('<retry-button>', () => {
    it('draws its focus ring in --faultline-color-focus', async () => {
      // A keyboard user must see where focus is in the app's own focus colour, as elsewhere.
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="--faultline-color-focus: rgb(0, 128, 96)">
          <button id="before">Before</button>
          <retry-button
            .error=${normalizeError('', { status: 503, method: 'GET' })}
            .action=${() => Promise.resolve()}
          ></retry-button>
        </div>
      `);
      const retry = wrapper.querySelector<RetryButton>('retry-button')!;
      await retry.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const button = retry.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(activeDeep()).to.equal(button);
      expect(button.matches(':focus-visible')).to.equal(true);
      const style = getComputedStyle(button);
      expect(style.outlineStyle).to.equal('solid');
      expect(style.outlineColor).to.equal('rgb(0, 128, 96)');
    });

    it('sets Cancel beside a running attempt, centred on the button it stops', async () => {
      // Two controls of one row that sit at different heights read as unrelated.
      const retry = await fixture<RetryButton>(html`
        <retry-button
          .error=${normalizeError('', { status: 503, method: 'GET' })}
          .action=${() => new Promise(() => {})}
        ></retry-button>
      `);
      retry.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!.click();
      await retry.updateComplete;
      const middle = (part: string) => {
        const r = retry.shadowRoot!.querySelector(`[part~="${part}"]`)!.getBoundingClientRect();
        return { y: r.top + r.height / 2, left: r.left, right: r.right };
      };
      const base = middle('base');
      const cancel = middle('abort-button');
      expect(Math.abs(base.y - cancel.y)).to.be.below(1);
      expect(cancel.left).to.be.above(base.right);
    });
  });

  describe('<support-checklist>', () => {
    it('puts each value below its label at 320 px, with room to read it', async () => {
      // Values squeezed into a 34–50 px column beside a fixed label showed a few letters a line.
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="inline-size: 320px">
          <support-checklist .error=${requestFailed} .context=${fullContext}></support-checklist>
        </div>
      `);
      const el = wrapper.querySelector<SupportChecklist>('support-checklist')!;
      await el.updateComplete;
      const values = checklistParts(el, 'field-value');
      expect(values.length).to.be.above(3);
      for (const value of values) {
        const label = value.parentElement!.querySelector('dt')!.getBoundingClientRect();
        const box = value.getBoundingClientRect();
        expect(box.width, value.textContent!.trim()).to.be.at.least(200);
        expect(box.top, 'below its label').to.be.at.least(label.bottom - 0.5);
      }
    });

    it('starts each value at the start of its first line', async () => {
      // A blank first line and an indent made every value look misaligned with its label.
      const el = await fixture<SupportChecklist>(
        html`<support-checklist
          .error=${requestFailed}
          .context=${fullContext}
        ></support-checklist>`,
      );
      const values = checklistParts(el, 'field-value');
      expect(values.length).to.be.above(3);
      for (const value of values) {
        const style = getComputedStyle(value);
        const box = value.getBoundingClientRect();
        const top = box.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
        const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
        const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
        const text = inkOf(value.querySelector('bdi')!);
        const name = value.textContent!.trim();
        expect(text.top - top, `${name}: on the first line`).to.be.below(lineHeight / 2);
        expect(Math.abs(text.left - left), `${name}: not indented`).to.be.below(2);
      }
    });

    it('shows a time and a status in reading order in an Arabic preview, typed English left to right', async () => {
      // Right to left, "2026-11-22 14:03:07 Europe/Oslo" read "Europe/Oslo 14:03:07 2026-11-22".
      const provider = await fixture<ErrorProvider>(html`
        <error-provider lang="ar"
          ><support-checklist
            .error=${requestFailed}
            .context=${{ ...fullContext, steps: undefined }}
          ></support-checklist
        ></error-provider>
      `);
      const el = await inArabic(provider);
      const preview = checklistPart(el, 'preview')!;
      expect(preview.textContent).to.include('2026-11-22 14:03:07 Europe/Oslo');
      expect(preview.textContent).to.include('402 request_failed');
      expect(leftOf(preview, '2026')).to.be.below(leftOf(preview, '14:03'));
      expect(leftOf(preview, '14:03')).to.be.below(leftOf(preview, 'Europe/Oslo'));
      expect(leftOf(preview, '402')).to.be.below(leftOf(preview, 'request_failed'));

      const steps = shadow(el).querySelector<HTMLTextAreaElement>('textarea[name="steps"]')!;
      steps.focus();
      await typeText('Why does Activate fail?');
      await el.updateComplete;
      expect(steps.value).to.equal('Why does Activate fail?');
      expect(getComputedStyle(steps.parentElement!).direction).to.equal('rtl');
      // The textarea (dir=auto) and the preview lay the English out left to right, "?" last.
      expect(getComputedStyle(steps).direction, 'typed English').to.equal('ltr');
      expect(leftOf(preview, 'Why')).to.be.below(leftOf(preview, '?'));
    });

    it('draws "Missing" in a colour readable on dark pages as on light ones', async () => {
      // #b3261e on a dark page (#121212) is under 3:1, too faint to read; the twin is 4.5:1.
      const missing = async (scheme: 'light' | 'dark') => {
        const wrapper = await fixture<HTMLDivElement>(html`
          <div style="color-scheme: ${scheme}">
            <support-checklist
              .error=${requestFailed}
              .context=${{ tenant: 'acme' }}
            ></support-checklist>
          </div>
        `);
        const el = wrapper.querySelector<SupportChecklist>('support-checklist')!;
        await el.updateComplete;
        return getComputedStyle(checklistPart(el, 'missing')!).color;
      };
      expect(await missing('light')).to.equal('rgb(179, 38, 30)');
      expect(await missing('dark')).to.equal('rgb(255, 138, 128)');
    });
  });
});
