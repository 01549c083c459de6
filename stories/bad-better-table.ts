/**
 * The "bad → better" tables, rendered live from the catalogs with Lit in the language of the
 * nearest `lang` (the Storybook toolbar's provider), so they can never drift from what the
 * elements say. Used by stories/bad-better.mdx through stories/bad-better.stories.ts.
 */
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ERROR_KINDS, I18nController, en } from '../src/index.js';
import type { ErrorKind, NormalizeInit } from '../src/index.js';
import { KIND_EXAMPLES, exampleError } from './examples.js';

export const BAD_BETTER_TABLES = ['kinds', 'writes', 'codes'] as const;
export type BadBetterTable = (typeof BAD_BETTER_TABLES)[number];

/** Request situations of the `writes` table: the same failure while saving, and on a P0 write. */
const WRITE: NormalizeInit = { method: 'POST', endpoint: '/api/orders/17/activate' };
const CRITICAL: NormalizeInit = { ...WRITE, critical: true };

/** Labels of the table chrome; English, like the rest of Storybook's own pages. */
const HEADERS: Readonly<Record<BadBetterTable, readonly string[]>> = {
  kinds: ['Kind', 'Bad: what apps show today', 'Better: headline', 'Better: next step'],
  writes: ['Kind', 'Bad', 'Better, when a save fails', 'Better, on a critical (P0) write'],
  codes: ['Vendor code', 'Better: headline', 'Better: next step'],
};

const CAPTIONS: Readonly<Record<BadBetterTable, string>> = {
  kinds: 'Every kind of failure: the raw text apps show today versus the operator message.',
  writes: 'The same failures while saving (POST), and on a critical write that is never replayed.',
  codes: 'Vendor codes the seeds name. A dash keeps the text of the error’s kind.',
};

/** @internal A story-only element: the bad → better tables in the current language. */
export class FaultlineBadBetter extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
      color: inherit;
      /* A narrow screen scrolls the table, not the page. */
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      font-size: 0.875rem;
      line-height: 1.4;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.5rem;
    }
    th,
    td {
      border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
      padding: 0.5rem 0.625rem;
      text-align: start;
      vertical-align: top;
    }
    th[scope='col'] {
      background: color-mix(in srgb, currentColor 8%, transparent);
    }
    th[scope='row'] {
      font-weight: normal;
      white-space: nowrap;
    }
    code {
      font-family: ui-monospace, monospace;
    }
    .bad {
      font-family: ui-monospace, monospace;
      color: inherit;
      text-decoration: line-through;
      text-decoration-color: #b3261e;
    }
    .headline {
      font-weight: 600;
    }
    .same {
      opacity: 0.8;
    }
  `;

  /** Which table: every kind, writes, or vendor codes. */
  @property() table: BadBetterTable = 'kinds';

  private readonly i18n = new I18nController(this);

  protected override render() {
    const table = BAD_BETTER_TABLES.includes(this.table) ? this.table : 'kinds';
    return html`<table lang=${this.i18n.lang}>
      <caption lang="en" dir="ltr">
        ${CAPTIONS[table]}
      </caption>
      <thead lang="en">
        <tr>
          ${HEADERS[table].map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table === 'codes' ? this.codeRows() : table === 'writes' ? this.writeRows() : this.kindRows()}
      </tbody>
    </table>`;
  }

  private kindRows() {
    return ERROR_KINDS.map((kind) => {
      // No method: the kind's own message, before any read/write variant.
      const { headline, nextStep } = this.i18n.describe(exampleError(kind, { method: undefined }));
      return html`<tr>
        <th scope="row"><code>${kind}</code></th>
        <td class="bad" lang="en" dir="ltr">${KIND_EXAMPLES[kind].bad}</td>
        <td class="headline">${headline}</td>
        <td>${nextStep}</td>
      </tr>`;
    });
  }

  private message(kind: ErrorKind, init: NormalizeInit) {
    const error = exampleError(kind, init);
    const { headline, nextStep } = this.i18n.describe(error);
    return html`<span class="headline">${headline}</span> ${nextStep}`;
  }

  private writeRows() {
    return ERROR_KINDS.map(
      (kind) =>
        html`<tr>
          <th scope="row"><code>${kind}</code></th>
          <td class="bad" lang="en" dir="ltr">${KIND_EXAMPLES[kind].bad}</td>
          <td>${this.message(kind, WRITE)}</td>
          <td>${this.message(kind, CRITICAL)}</td>
        </tr>`,
    );
  }

  private codeRows() {
    const t = this.i18n.t;
    return Object.keys(en.codes).map((code) => {
      // Only what the code itself says: describeError would fill the gaps with the kind's text.
      const headline = t(`codes.${code}.headline`, { defaultValue: '' });
      const next = t(`codes.${code}.next`, { defaultValue: '' });
      return html`<tr>
        <th scope="row"><code>${code}</code></th>
        <td class=${headline ? 'headline' : 'same'}>${headline || '—'}</td>
        <td class=${next ? '' : 'same'}>${next || '—'}</td>
      </tr>`;
    });
  }
}

const TAG = 'faultline-bad-better';

/** The table `which`, defining its story-only element on first use. */
export function badBetterTable(which: BadBetterTable) {
  if (!customElements.get(TAG)) customElements.define(TAG, FaultlineBadBetter);
  return html`<faultline-bad-better table=${which}></faultline-bad-better>`;
}
