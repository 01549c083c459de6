import { html, noChange, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { normalizeError } from '../../core/normalize.js';
import { formatTicket, TICKET_FIELDS, TICKET_FORMATS } from '../../core/ticket.js';
import { warnInvalid } from '../../internal/dev-warnings.js';
import { mergeDefined } from '../../internal/merge-defined.js';
import { vendorName } from '../../i18n/vendors.js';
import type { SupportTicket, TicketFieldKey, TicketFormat } from '../../core/ticket.js';
import type { NormalizedError, SupportContact, SupportContext } from '../../core/types.js';
import { announce, withdraw } from '../../controllers/announcer.js';
import { copyText } from '../../controllers/clipboard.js';
import { I18nController } from '../../controllers/i18n-controller.js';
import { FaultlineCopyEvent } from '../../events/copy.js';
import { FaultlineSupportTicketEvent } from '../../events/support-ticket.js';
import type { SupportTicketEventDetail } from '../../events/faultline-event.js';
import type { FaultlineConfig } from '../../internal/context.js';
import { FaultlineElement } from '../../internal/faultline-element.js';
import {
  buildChecklistTicket,
  fieldLabelKey,
  inputField,
  inputProblems,
  inputValue,
  TEXTAREA_INPUTS,
  visibleInputs,
} from './checklist-inputs.js';
import type { ChecklistInputKey, TypedValues } from './checklist-inputs.js';
import { splitAround } from '../../i18n/split-around.js';
import { fittedMailto, telHref, webHref } from './contact-links.js';
import { styles } from './support-checklist.styles.js';

const HINTED: ReadonlySet<ChecklistInputKey> = new Set(['description', 'steps', 'history', 'ids']);
const COPY_LABEL: Readonly<Record<TicketFormat, string>> = {
  text: 'support.copyText',
  markdown: 'support.copyMarkdown',
  json: 'support.copyJson',
};

/**
 * @tagname support-checklist
 * @summary Gathers what support needs about an error — the OmniValVMS checklist and Omnium's
 * "Getting help" — shows what is gathered and what is missing, lets the operator fill in the
 * rest, previews exactly what will be sent (redacted) and copies or e-mails it.
 *
 * Without an `error` it renders nothing. Everything the operator types is kept per field while
 * the element lives, also when `error` changes.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The heading, "Information for support".
 * @csspart summary - "5 of 8 gathered".
 * @csspart progress - The progress bar of the gathered fields.
 * @csspart fields - The list of checklist fields.
 * @csspart field - One checklist field; also `field-gathered` or `field-missing`.
 * @csspart field-gathered - A field that has a value.
 * @csspart field-missing - A required field that is still empty.
 * @csspart field-label - A field's name.
 * @csspart field-value - A gathered field's value, redacted.
 * @csspart missing - The "Missing" mark of an empty required field.
 * @csspart form - The form with the inputs, the format choice, the preview and the actions.
 * @csspart input - Each input and textarea.
 * @csspart error - A validation message under an input.
 * @csspart format - The group of format choices (text, Markdown, JSON).
 * @csspart preview - The `<pre>` with exactly what will be copied or sent.
 * @csspart actions - The copy button and the contact links.
 * @csspart copy-button - Copies the preview in the chosen format.
 * @csspart copy-status - "Copied", or what to do when copying failed.
 * @csspart email-link - The `mailto:` link.
 * @csspart site-link - The support site link.
 * @csspart phone-link - The `tel:` link.
 *
 * @cssprop --faultline-checklist-gap - Space between blocks and columns.
 * @cssprop --faultline-checklist-padding - Padding inside the border.
 * @cssprop --faultline-checklist-border-color - Borders and separators.
 * @cssprop --faultline-checklist-radius - Corner radius of the box, inputs and preview.
 * @cssprop --faultline-checklist-background - Background of the box.
 * @cssprop --faultline-checklist-gathered-color - The gathered marker and the progress bar.
 * @cssprop --faultline-checklist-missing-color - The missing marker and validation messages.
 * @cssprop --faultline-checklist-input-background - Background of inputs.
 * @cssprop --faultline-checklist-preview-background - Background of the preview.
 * @cssprop --faultline-checklist-preview-font - Font family of the preview.
 *
 * @fires faultline-support-ticket - The ticket was copied, or the operator opened the e-mail
 * or the support site with it: `{ error, ticket, via }`.
 * @fires faultline-copy - The ticket was copied: `{ text, what }` (the format).
 */
export class SupportChecklist extends FaultlineElement {
  static override styles = [FaultlineElement.hostStyles, styles];

  /** The error the ticket is about: a NormalizedError or anything normalizeError() accepts. */
  @property({ attribute: false }) error?: NormalizedError | unknown;

  /** What the app knows (tenant, environment, user, ids …); wins over the provider's, per field. */
  @property({ attribute: false }) context?: SupportContext;

  /** Where the operator reaches support; wins over the provider's, per field. */
  @property({ attribute: false }) contact?: SupportContact;

  /** The ticket fields that must be filled; DEFAULT_REQUIRED_FIELDS when unset. */
  @property({ attribute: false }) required?: readonly TicketFieldKey[];

  /** How often the operator already retried, e.g. the retry button's count. */
  @property({ type: Number }) retries?: number;

  /** The heading level in use: `headingLevel` as a whole number from 1 to 5, else 2. */
  get #level(): number {
    const level = Math.floor(this.headingLevel);
    return level >= 1 && level <= 5 ? level : 2;
  }

  /** The format previewed and copied: 'text', 'markdown' or 'json'. */
  @property() format: TicketFormat = 'text';

  /**
   * The heading level of the title (1 to 5; the form's title is one below), so it fits the
   * page's outline. Anything else is 2.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** What the operator typed, per input; survives re-renders and new errors. */
  @state() private typed: TypedValues = {};

  /** Inputs left after a change, whose problems are shown. */
  @state() private touched: ReadonlySet<ChecklistInputKey> = new Set();

  /** After a send attempt every problem is shown. */
  @state() private submitted = false;

  @state() private copyResult?: 'copied' | 'failed';

  readonly #i18n = new I18nController(this);

  #normalized?: NormalizedError;
  #ticket?: SupportTicket;
  /** The e-mail link as last rendered, and whether its body had to be cut to fit. */
  #mail?: { href: string; shortened: boolean };
  #lastCount?: string;
  /** Who says this checklist's words to the announcer (a token, not the element itself). */
  readonly #voice = {};

  /** The error as the ticket sees it (normalized once per `error` value). */
  get normalizedError(): NormalizedError | undefined {
    return this.#normalized;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('format')) warnInvalid(this.localName, 'format', this.format, TICKET_FORMATS);
    if (changed.has('error')) {
      this.#normalized =
        this.error === undefined || this.error === null ? undefined : normalizeError(this.error);
    }
    // A result about other content is stale.
    if (
      !changed.has('copyResult') &&
      (changed.has('error') || changed.has('typed') || changed.has('format'))
    ) {
      this.copyResult = undefined;
    }
  }

  protected override update(changed: PropertyValues): void {
    // Here, not in willUpdate: the I18nController resolves the language in hostUpdate, in between.
    this.#ticket = this.#normalized && this.#buildTicket(this.#normalized);
    super.update(changed);
  }

  protected override updated(): void {
    // "6 of 8 gathered" is announced when the count changes: not on first render, not when
    // only the language changed.
    const count = this.#ticket && `${this.#ticket.gathered}/${this.#ticket.required}`;
    if (
      this.#ticket?.required &&
      this.#lastCount &&
      count !== this.#lastCount &&
      this.isConnected
    ) {
      // Only the latest count is heard: "8 of 11" is not followed by an outdated "5 of 11".
      withdraw(this.#voice);
      void announce(this.#progressText(this.#ticket), 'polite', {
        lang: this.#i18n.textLang,
        from: this.#voice,
      });
    }
    this.#lastCount = count;
  }

  get #provided(): FaultlineConfig | undefined {
    // The I18nController's consumer: it re-renders on the provider's changes, and forgets a
    // provider the checklist was moved away from.
    return this.#i18n.config;
  }

  get #appContext(): SupportContext {
    return mergeDefined<SupportContext>(this.#provided?.context, this.context);
  }

  get #formatChoice(): TicketFormat {
    return (TICKET_FORMATS as readonly string[]).includes(this.format) ? this.format : 'text';
  }

  #buildTicket(error: NormalizedError): SupportTicket {
    const ticket = buildChecklistTicket(error, this.#appContext, this.typed, {
      operatorMessage: this.#i18n.describe(error).headline,
      required: this.required,
      retries: this.retries,
      redact: this.#provided?.redact,
    });
    // "Service: Fluent Commerce", as the banner names it, not the kit's id "fluent": the rows
    // show exactly what is sent. (The event's `detail.error.vendor` keeps the id to route on.)
    for (const f of ticket.fields) {
      if (f.key == 'vendor' && f.value) f.value = vendorName(f.value, this.#i18n.t);
    }
    return ticket;
  }

  #labels(): Record<TicketFieldKey, string> {
    const t = this.#i18n.t;
    return Object.fromEntries(
      TICKET_FIELDS.map((k) => [k, t(`support.fields.${fieldLabelKey(k)}`)]),
    ) as Record<TicketFieldKey, string>;
  }

  /** Exactly what leaves the page in `format`: the redacted ticket, with localized labels. */
  preview(format: TicketFormat = this.#formatChoice): string {
    return this.#ticket ? formatTicket(this.#ticket, format, { labels: this.#labels() }) : '';
  }

  #progressText(ticket: SupportTicket): string {
    return this.#i18n.t('support.progress', { gathered: ticket.gathered, total: ticket.required });
  }

  #problems(): Map<ChecklistInputKey, string> {
    return this.#ticket
      ? inputProblems(this.#ticket, visibleInputs(this.#appContext), this.typed)
      : new Map();
  }

  /** True when nothing blocks sending; otherwise shows every problem and focuses the first. */
  async #validate(): Promise<boolean> {
    const first = [...this.#problems().keys()][0];
    if (!first) return true;
    this.submitted = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#input-${first}`)?.focus();
    return false;
  }

  #emitTicket(
    via: SupportTicketEventDetail['via'],
    error = this.#normalized,
    ticket = this.#ticket,
  ): void {
    if (ticket && error) this.emit(new FaultlineSupportTicketEvent({ error, ticket, via }));
  }

  readonly #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    // A number half typed ("1e") reads as '' to the page: it is kept as not a number, so the
    // ticket leaves it out and Copy asks for a whole number, and the field is not rewritten
    // (writing '' would wipe what the operator sees).
    const value = target.validity.badInput ? NOT_A_NUMBER : target.value;
    this.typed = { ...this.typed, [target.name as ChecklistInputKey]: value };
  };

  readonly #onBlur = (event: Event): void => {
    const key = (event.target as HTMLInputElement).name as ChecklistInputKey;
    // Only after the operator changed it: tabbing through an empty form scolds nobody.
    if (key in this.typed && !this.touched.has(key)) this.touched = new Set([...this.touched, key]);
  };

  readonly #onFormat = (event: Event): void => {
    this.format = (event.target as HTMLInputElement).value as TicketFormat;
  };

  readonly #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!(await this.#validate())) return;
    const format = this.#formatChoice;
    const text = this.preview(format);
    // What was copied, kept: the operator may type on, or a new error arrive, while a slow
    // clipboard answers; the events describe the copied text, not the form as it is now.
    const [error, ticket] = [this.#normalized, this.#ticket];
    const ok = await copyText(text);
    // Removed meanwhile: nobody is there to hear it or to handle the events.
    if (!this.isConnected) return;
    // "Copied" beside a form that changed meanwhile would vouch for text that is not on the
    // clipboard: said and shown only while the preview is still what was copied. A failure is
    // true either way.
    if (!ok || this.preview(format) === text) {
      this.copyResult = ok ? 'copied' : 'failed';
      // A second copy is news too: the same words, from this checklist again.
      void announce(this.#i18n.t(ok ? 'actions.copied' : 'support.copyFailed'), 'polite', {
        lang: this.#i18n.textLang,
        from: this.#voice,
      });
    }
    if (!ok) return;
    this.emit(new FaultlineCopyEvent({ text, what: format }));
    this.#emitTicket(`copy-${format}`, error, ticket);
  };

  readonly #onEmail = async (event: Event): Promise<void> => {
    // Decide before any await: a link can only be stopped synchronously.
    if (this.#problems().size) {
      event.preventDefault();
      await this.#validate();
      return;
    }
    // The body was cut to fit a mailto link, and says the rest is on the clipboard: put it there
    // while the click still counts as the operator's.
    if (this.#mail?.shortened) void copyText(this.preview('text'));
    this.#emitTicket('email');
  };

  readonly #onSite = (): void => this.#emitTicket('url');

  protected override render() {
    const ticket = this.#ticket;
    const error = this.#normalized;
    if (!ticket || !error) return nothing;
    const t = this.#i18n.t;
    const progress = this.#progressText(ticket);
    const shownFields = ticket.fields.filter((f) => f.value || f.required);
    return html`
      <section part="base" aria-labelledby="title">
        <div part="title" id="title" role="heading" aria-level=${this.#level}>
          ${t('support.title')}
        </div>
        ${
          // Nothing required (`required = []`): no "0 of 0 gathered" beside an empty bar.
          ticket.required
            ? html`<p part="summary" id="summary">${progress}</p>
                <progress
                  part="progress"
                  max=${ticket.required}
                  .value=${ticket.gathered}
                  aria-labelledby="summary"
                ></progress>`
            : nothing
        }
        <dl part="fields">
          ${shownFields.map(
            (f) => html`
              <div
                part="field ${f.value ? 'field-gathered' : 'field-missing'}"
                class=${f.value ? 'gathered' : 'missing'}
              >
                <dt part="field-label">
                  <span class="marker" aria-hidden="true">${f.value ? '✓' : '○'}</span
                  >${t(`support.fields.${fieldLabelKey(f.key)}`)}
                </dt>
                ${
                  f.value
                    ? html`<dd part="field-value">
                        <span class="visually-hidden">${t('support.gathered')}: </span
                        ><bdi>${f.value}</bdi>
                      </dd>`
                    : html`<dd part="missing">${t('support.missing')}</dd>`
                }
              </div>
            `,
          )}
        </dl>
        ${this.#renderForm(ticket, error)}
      </section>
    `;
  }

  #renderForm(ticket: SupportTicket, error: NormalizedError): TemplateResult {
    const t = this.#i18n.t;
    const app = this.#appContext;
    const problems = this.#problems();
    const format = this.#formatChoice;
    const contact = mergeDefined<SupportContact>(this.#provided?.contact, this.contact);
    const text = this.preview(format);
    // An e-mail is read as plain text, whichever format is chosen for copying.
    this.#mail = fittedMailto(
      contact.email,
      // A subject line is a title: no closing full stop.
      t('support.emailSubject', {
        headline: this.#i18n.describe(error).headline.replace(/\.$/, ''),
      }),
      format === 'text' ? text : this.preview('text'),
      t('support.emailShortened'),
    );
    const mailto = this.#mail?.href;
    const site = webHref(contact.url);
    const tel = telHref(contact.phone);
    return html`
      <form part="form" novalidate aria-labelledby="form-title" @submit=${this.#onSubmit}>
        <div id="form-title" role="heading" aria-level=${this.#level + 1}>
          ${t(ticket.missing.length ? 'support.formTitle' : 'support.formTitleComplete')}
        </div>
        ${visibleInputs(app).map((key) => this.#renderInput(key, ticket, problems.get(key), app))}
        <fieldset part="format">
          <legend>${t('support.format')}</legend>
          ${TICKET_FORMATS.map(
            (f) => html`
              <label>
                <input
                  type="radio"
                  name="format"
                  value=${f}
                  .checked=${f === format}
                  @change=${this.#onFormat}
                />
                ${t(`support.formats.${f}`)}
              </label>
            `,
          )}
        </fieldset>
        <figure>
          <figcaption>${t('support.previewTitle')}</figcaption>
          <pre part="preview">${previewLines(text)}</pre>
        </figure>
        <p class="hint">${t('support.attachHint')}</p>
        <div part="actions">
          <button part="copy-button" type="submit">${t(COPY_LABEL[format])}</button>
          ${
            this.copyResult
              ? html`<span part="copy-status"
                  >${t(this.copyResult === 'copied' ? 'actions.copied' : 'support.copyFailed')}</span
                >`
              : nothing
          }
          ${mailto ? html`<a part="email-link" href=${mailto} @click=${this.#onEmail}>${t('support.sendEmail')}</a>` : nothing}
          ${
            site
              ? html`<a
                  part="site-link"
                  href=${site}
                  target="_blank"
                  rel="noopener noreferrer"
                  @click=${this.#onSite}
                  >${t('support.openSite')}</a
                >`
              : nothing
          }
          ${tel ? html`<a part="phone-link" href=${tel}>${this.#renderCall(contact.phone!.trim())}</a>` : nothing}
        </div>
      </form>
    `;
  }

  /** "Call +47 22 12 01 01", the number left to right in every language. */
  #renderCall(phone: string): TemplateResult {
    const [before, after] = splitAround(this.#i18n.t, 'support.call', 'phone');
    return html`${before}<bdi dir="ltr">${phone}</bdi>${after}`;
  }

  #renderInput(
    key: ChecklistInputKey,
    ticket: SupportTicket,
    problem: string | undefined,
    app: SupportContext,
  ): TemplateResult {
    const t = this.#i18n.t;
    const hinted = HINTED.has(key);
    const showProblem = problem !== undefined && (this.submitted || this.touched.has(key));
    const describedBy =
      [hinted && `hint-${key}`, showProblem && `error-${key}`].filter(Boolean).join(' ') || nothing;
    const field = inputField(key);
    const other = key === 'clientId' ? 'tenant' : key === 'tenant' ? 'clientId' : undefined;
    // Either client ID or tenant fills "client / tenant": each is required only while the other is empty.
    const required =
      ticket.fields.some((f) => f.key === field && f.required) &&
      !(other && inputValue(other, this.typed, app).trim());
    const value = inputValue(key, this.typed, app, this.retries);
    const invalid = showProblem ? 'true' : nothing;
    const number = key === 'retries';
    // Each input's label key is its own name (client ID and tenant have one each). Typed text
    // takes its own direction (dir=auto): English steps in an Arabic checklist stay in order.
    return html`
      <div class="control">
        <label for="input-${key}"
          >${t(`support.fields.${key}`)}${required ? html`<span aria-hidden="true"> *</span>` : nothing}</label
        >
        ${hinted ? html`<p class="hint" id="hint-${key}">${t(`support.hints.${key}`)}</p>` : nothing}
        ${
          TEXTAREA_INPUTS.has(key)
            ? html`<textarea
                part="input"
                id="input-${key}"
                name=${key}
                rows="3"
                dir="auto"
                .value=${value}
                aria-required=${required}
                aria-invalid=${invalid}
                aria-describedby=${describedBy}
                @input=${this.#onInput}
                @blur=${this.#onBlur}
              ></textarea>`
            : html`<input
                part="input"
                id="input-${key}"
                name=${key}
                type=${number ? 'number' : 'text'}
                min=${number ? '0' : nothing}
                step=${number ? '1' : nothing}
                inputmode=${number ? 'numeric' : nothing}
                autocomplete="off"
                dir="auto"
                .value=${value === NOT_A_NUMBER ? noChange : value}
                aria-required=${required}
                aria-invalid=${invalid}
                aria-describedby=${describedBy}
                @input=${this.#onInput}
                @blur=${this.#onBlur}
              />`
        }
        ${showProblem ? html`<p part="error" id="error-${key}">${t(`support.required.${problem}`)}</p>` : nothing}
      </div>
    `;
  }
}

/** What a number input holds while it is not a number yet ("1e"), as the page reads it. */
const NOT_A_NUMBER = 'NaN';

/** "Label: ", "- **Label:** " or `  "key": ` at a line's start: what precedes a value. */
const LINE_LABEL = /^([^:\n]*:(?:\*\*)? )(.+)$/;

/**
 * The preview, each value in a `<bdi>`: in an Arabic ticket the line reads right to left from
 * its label, and a time or "402 request_failed" would otherwise show its parts in reverse order.
 * The text stays exactly what is copied; the isolation adds no characters.
 */
function previewLines(text: string): unknown[] {
  return text.split('\n').map((line, i) => {
    const m = LINE_LABEL.exec(line);
    const shown = m ? html`${m[1]}<bdi>${m[2]}</bdi>` : line;
    return i ? ['\n', shown] : shown;
  });
}
