/**
 * The playground: paste any raw payload, pick the request, and watch the kit normalize, advise,
 * word and ticket it, live. A story-only Lit element with labelled form controls.
 */
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import {
  LOCALES,
  TICKET_FORMATS,
  adviseRetry,
  buildTicket,
  formatTicket,
  normalizeError,
} from '../src/index.js';
import type { Locale, NormalizeInit, TicketFormat } from '../src/index.js';
import { DEMO_CONTACT, DEMO_CONTEXT, succeedAfter } from './examples.js';
import { GALLERY } from './vendor-gallery.js';

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  nb: 'Norsk bokmål',
  de: 'Deutsch',
  fr: 'Français',
  ar: 'العربية',
};

/** Gallery fixtures that can be pasted as text: strings and plain JSON bodies. */
const PRESETS = [...GALLERY].filter(
  ([, f]) => typeof f.input === 'string' || (f.input !== null && f.input?.constructor === Object),
);

const asText = (input: unknown): string =>
  typeof input === 'string' ? input : JSON.stringify(input, null, 2);

/** @internal A story-only element: the playground. */
export class FaultlinePlayground extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
    }
    .layout {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(24rem, 100%), 1fr));
      gap: 1.5rem;
      align-items: start;
    }
    /* One column as wide as the box, not as its widest content: an auto column took the seed
       select's width (its longest option, about 500 px), which ran the form into the other column
       at 1000 px and the page sideways at 320 px. */
    form,
    .out,
    label {
      grid-template-columns: minmax(0, 1fr);
    }
    form,
    .out {
      display: grid;
      gap: 0.75rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1rem;
      align-items: end;
    }
    label {
      display: grid;
      gap: 0.25rem;
      font-weight: 600;
      font-size: 0.875rem;
    }
    label.check {
      display: flex;
      align-items: center;
      gap: 0.375rem;
    }
    textarea,
    input,
    select {
      font: inherit;
      font-weight: normal;
      padding: 0.375rem 0.5rem;
      border: 1px solid #6b6b6b;
      border-radius: 0.25rem;
      background: Field;
      color: FieldText;
      max-inline-size: 100%;
      box-sizing: border-box;
    }
    textarea {
      font-family: ui-monospace, monospace;
      font-size: 0.8125rem;
      min-block-size: 12rem;
      resize: vertical;
    }
    input[type='number'] {
      inline-size: 6rem;
    }
    h2 {
      margin: 0;
      font-size: 0.9375rem;
    }
    h2 code {
      font-weight: normal;
      font-size: 0.875em;
    }
    .format {
      justify-self: start;
    }
    section {
      display: grid;
      gap: 0.5rem;
    }
    pre {
      margin: 0;
      padding: 0.75rem;
      border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
      border-radius: 0.375rem;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font-size: 0.8125rem;
    }
  `;

  /** The raw body as received: JSON, HTML, XML or text (or nothing). */
  @property() payload = '';

  /** HTTP status; undefined for a failure without a response. */
  @property({ type: Number }) status?: number;

  @property() method: (typeof METHODS)[number] = 'GET';

  /** A critical (P0) write: never replayed. */
  @property({ type: Boolean }) critical = false;

  /** Language of the banner. */
  @property() language: Locale = 'en';

  /** Format of the ticket preview. */
  @property() format: TicketFormat = 'text';

  private readonly retry = succeedAfter(1500);

  private init(): NormalizeInit {
    const init: NormalizeInit = { method: this.method, endpoint: '/api/orders/17' };
    if (this.status !== undefined && Number.isFinite(this.status)) init.status = this.status;
    if (this.critical) init.critical = true;
    return init;
  }

  private readonly onPreset = (e: Event) => {
    const id = (e.target as HTMLSelectElement).value;
    const fixture = GALLERY.get(id);
    if (!fixture) return;
    this.payload = asText(fixture.input);
    this.status = fixture.init?.status;
    const method = fixture.init?.method?.toUpperCase();
    this.method = (METHODS as readonly string[]).includes(method ?? '')
      ? (method as (typeof METHODS)[number])
      : 'GET';
    this.critical = fixture.init?.critical === true;
  };

  private readonly onPayload = (e: Event) => {
    this.payload = (e.target as HTMLTextAreaElement).value;
  };

  private readonly onStatus = (e: Event) => {
    const value = (e.target as HTMLInputElement).value;
    this.status = value === '' ? undefined : Number(value);
  };

  private readonly onMethod = (e: Event) => {
    this.method = (e.target as HTMLSelectElement).value as (typeof METHODS)[number];
  };

  private readonly onCritical = (e: Event) => {
    this.critical = (e.target as HTMLInputElement).checked;
  };

  private readonly onLanguage = (e: Event) => {
    this.language = (e.target as HTMLSelectElement).value as Locale;
  };

  private readonly onFormat = (e: Event) => {
    this.format = (e.target as HTMLSelectElement).value as TicketFormat;
  };

  private readonly onSubmit = (e: Event) => e.preventDefault();

  protected override render() {
    const error = normalizeError(this.payload, this.init());
    const advice = adviseRetry(error);
    const ticket = formatTicket(buildTicket(error, DEMO_CONTEXT), this.format);
    return html`<div class="layout">
      <form aria-label="Failed request" @submit=${this.onSubmit}>
        <label
          >Start from a seed example
          <select @change=${this.onPreset}>
            <option value="">(choose)</option>
            ${PRESETS.map(([id]) => html`<option value=${id}>${id}</option>`)}
          </select>
        </label>
        <label
          >Raw response body (JSON, HTML, XML or text)
          <textarea spellcheck="false" .value=${this.payload} @input=${this.onPayload}></textarea>
        </label>
        <div class="row">
          <label
            >HTTP status
            <input
              type="number"
              min="100"
              max="599"
              placeholder="none"
              .value=${this.status === undefined ? '' : String(this.status)}
              @input=${this.onStatus}
            />
          </label>
          <label
            >Method
            <select @change=${this.onMethod}>
              ${METHODS.map(
                (m) => html`<option value=${m} ?selected=${m === this.method}>${m}</option>`,
              )}
            </select>
          </label>
          <label class="check"
            ><input type="checkbox" .checked=${this.critical} @change=${this.onCritical} /> Critical
            (P0) write</label
          >
          <label
            >Language
            <select @change=${this.onLanguage}>
              ${LOCALES.map(
                (l) =>
                  html`<option value=${l} ?selected=${l === this.language}>
                    ${LANGUAGE_NAMES[l]}
                  </option>`,
              )}
            </select>
          </label>
        </div>
      </form>
      <div class="out">
        <section aria-label="Banner">
          <h2>Banner</h2>
          <error-provider lang=${this.language} .contact=${DEMO_CONTACT}>
            <error-banner .error=${error} .retryAction=${this.retry}></error-banner>
          </error-provider>
        </section>
        <section aria-label="Advice">
          <h2>Advice <code>adviseRetry()</code></h2>
          <pre dir="ltr" lang="en">${JSON.stringify(advice, null, 2)}</pre>
        </section>
        <section aria-label="Normalized error">
          <h2>Normalized error <code>normalizeError()</code></h2>
          <pre dir="ltr" lang="en">${JSON.stringify(error, null, 2)}</pre>
        </section>
        <section aria-label="Support ticket">
          <h2>Support ticket <code>buildTicket()</code> + <code>formatTicket()</code></h2>
          <label class="format"
            >Ticket format
            <select @change=${this.onFormat}>
              ${TICKET_FORMATS.map(
                (f) => html`<option value=${f} ?selected=${f === this.format}>${f}</option>`,
              )}
            </select>
          </label>
          <pre dir="ltr" lang="en">${ticket}</pre>
        </section>
      </div>
    </div>`;
  }
}

const TAG = 'faultline-playground';

export interface PlaygroundArgs {
  payload: string;
  status?: number;
  method: (typeof METHODS)[number];
  critical: boolean;
  language: Locale;
}

/** The playground with `args` as its starting values, defining its element on first use. */
export function playground(args: PlaygroundArgs) {
  if (!customElements.get(TAG)) customElements.define(TAG, FaultlinePlayground);
  return html`<faultline-playground
    .payload=${args.payload ?? ''}
    .status=${args.status}
    .method=${args.method ?? 'GET'}
    .critical=${args.critical ?? false}
    .language=${args.language ?? 'en'}
  ></faultline-playground>`;
}
