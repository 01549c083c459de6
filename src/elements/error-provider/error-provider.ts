import { ContextConsumer, ContextProvider } from '@lit/context';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { i18n } from 'i18next';
import type { RetryPolicyOptions } from '../../core/policy.js';
import type { RedactOptions } from '../../core/redact.js';
import type { SupportContact, SupportContext } from '../../core/types.js';
import { faultlineContext } from '../../internal/context.js';
import type { FaultlineConfig } from '../../internal/context.js';
import { FaultlineElement } from '../../internal/faultline-element.js';
import { mergeDefined } from '../../internal/merge-defined.js';

/**
 * @tagname error-provider
 * @summary Gives every faultline element below it the language, i18next instance, support
 * context and contact, and retry policy — through @lit/context, so nothing is passed by hand.
 *
 * @slot - The part of the app whose faultline elements share this configuration.
 *
 * Elements work without a provider too, with the kit's own i18next instance, the page's
 * `<html lang>`, no support context and the default policy. A provider inside another takes
 * what it does not set itself from the outer one (support context and contact field by field).
 */
export class ErrorProvider extends FaultlineElement {
  static override styles = [
    FaultlineElement.hostStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** An i18next instance to use instead of the kit's own (faultline adds its bundle to it). */
  @property({ attribute: false }) i18n?: i18n;

  /** Support context: client/tenant, environment, user, time zone, entity ids. */
  @property({ attribute: false }) context?: SupportContext;

  /** Where operators reach support: e-mail, URL, phone. */
  @property({ attribute: false }) contact?: SupportContact;

  /** Retry policy tunables: base and cap of the backoff, attempts, longest Retry-After. */
  @property({ attribute: false }) policy?: RetryPolicyOptions;

  /**
   * What the support tickets below also redact: `{ emails: true }` replaces e-mail addresses
   * (the user's too), for a support channel that must not receive them.
   */
  @property({ attribute: false }) redact?: RedactOptions;

  /** Support e-mail, as an attribute for plain HTML (merged into `contact`). */
  @property({ attribute: 'support-email' }) supportEmail?: string;

  /** Support site, as an attribute for plain HTML (merged into `contact`). */
  @property({ attribute: 'support-url' }) supportUrl?: string;

  /** Support phone, as an attribute for plain HTML (merged into `contact`). */
  @property({ attribute: 'support-phone' }) supportPhone?: string;

  readonly #provider = new ContextProvider(this, {
    context: faultlineContext,
    initialValue: {},
  });

  /**
   * The provider around this one, if any: a nested provider sets what differs for its part of
   * the app and keeps the rest, so an inner `.context` does not drop the outer `redact` (an
   * e-mail address would reach the ticket) or contact. @lit/context does not answer a host's
   * own request, so this finds the outer provider, not this one.
   */
  readonly #outer = new ContextConsumer(this, { context: faultlineContext, subscribe: true });

  /** The configuration as the elements below see it. */
  get config(): FaultlineConfig {
    return this.#provider.value;
  }

  /** The app's instance this provider waits on to finish its init(), and its listener. */
  #awaiting?: i18n;
  readonly #initialized = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved: merge again with whatever provider (or none) is around it now.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // @lit/context keeps the last value: out of the outer provider, its settings must go.
    this.#outer.value = undefined;
    this.#awaiting?.off('initialized', this.#initialized);
    this.#awaiting = undefined;
  }

  protected override willUpdate(): void {
    const app = this.i18n;
    if (app && !app.isInitialized && !app.store && this.#awaiting !== app && app.on) {
      this.#awaiting?.off('initialized', this.#initialized);
      this.#awaiting = app;
      // Until then the elements speak with the kit's own instance (I18nController.i18n).
      app.on('initialized', this.#initialized);
    }
    const fromAttributes: SupportContact = {};
    if (this.supportEmail) fromAttributes.email = this.supportEmail;
    if (this.supportUrl) fromAttributes.url = this.supportUrl;
    if (this.supportPhone) fromAttributes.phone = this.supportPhone;
    const outer = this.#outer.value ?? {};
    const contact = mergeDefined<SupportContact>(outer.contact, fromAttributes, this.contact);
    const merged = <T extends object>(a?: T, b?: T) => (a && b ? mergeDefined(a, b) : (b ?? a));
    const config: FaultlineConfig = {
      i18n: this.i18n ?? outer.i18n,
      lang: this.lang || outer.lang,
      context: merged(outer.context, this.context),
      contact: Object.keys(contact).length ? contact : undefined,
      policy: merged(outer.policy, this.policy),
      redact: merged(outer.redact, this.redact),
    };
    // A new object each time so subscribed consumers are told.
    this.#provider.setValue(config);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
