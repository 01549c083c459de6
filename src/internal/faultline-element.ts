import { LitElement, css } from 'lit';
import { defineElement } from './define.js';
import { warnOnce } from './dev-warnings.js';

/**
 * The thin base of every faultline element (ShoelaceElement, WebAwesomeElement): shared host
 * styles, a typed `emit()`, `define()` with the already-defined guard, and the one warning every
 * element that takes an `error` shares. Nothing else.
 */
export class FaultlineElement extends LitElement {
  static hostStyles = css`
    :host {
      box-sizing: border-box;
      font-family: var(--faultline-font-family, inherit);
      color: var(--faultline-color-text, inherit);
    }
    :host([hidden]) {
      display: none !important;
    }
    * {
      box-sizing: inherit;
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
  `;

  static override get observedAttributes(): string[] {
    // `lang` is native, not a reactive property: watched here so a change re-resolves the
    // language (I18nController does it in hostUpdate) without a MutationObserver per element.
    return [...super.observedAttributes, 'lang'];
  }

  constructor() {
    super();
    // A held key or a double click is one act, not three: a retry is not run again before the
    // operator saw the first fail, a POST is not replayed past its confirmation, and focus that
    // moves on to "Contact support" under a held Enter does not send it forty times.
    this.addEventListener('keydown', ignoreRepeat);
    this.addEventListener('click', ignoreRepeat, true);
  }

  /**
   * Properties the element sets itself and shows as an attribute (the banner's `severity`): an
   * app's attribute of that name is no mistake to warn about, and setting it would not stick.
   */
  static readonly outputs: readonly string[] = [];

  /** Tells the I18nController that this host re-renders on its own `lang` changes. @internal */
  readonly watchesLang = true;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // `<error-banner error="503">` does nothing: an error is an object, so only the property
    // takes it. Nor does a `retryaction` or `fieldtargets` attribute, which is what Vue and
    // Svelte write when the kit is imported after they first render. Said once each, instead
    // of a banner that silently never shows or never retries. Only before the first render, and
    // not for internal state or what the element writes itself.
    if (this.hasUpdated) return;
    const element = this.constructor as typeof FaultlineElement;
    for (const [name, options] of element.elementProperties) {
      const attribute = String(name).toLowerCase();
      if (
        options.attribute === false &&
        !options.state &&
        !element.outputs.includes(String(name)) &&
        this.hasAttribute(attribute)
      )
        warnOnce(
          `<${this.localName}> ignores its ${attribute} attribute: set the property (element.${String(name)} = …).`,
        );
    }
  }

  /** Registers this class under `tag`, warning (not throwing) when the tag is taken. */
  static define(tag: string): void {
    defineElement(tag, this as unknown as CustomElementConstructor);
  }

  /** Dispatches a faultline event; returns false when a listener cancelled it. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}

/**
 * Stops the repeats of an activation on the kit's buttons and links: Enter's auto-repeat (each
 * keydown would click again) and the second and third clicks of a double or triple click.
 */
function ignoreRepeat(this: FaultlineElement, event: Event): void {
  const target = event.composedPath()[0] as Element;
  // Only the element's own controls: an app's buttons slotted in (or under the provider) keep
  // every click they get.
  if (target.getRootNode?.() !== this.renderRoot || !target.closest('button, a')) return;
  if (
    (event as KeyboardEvent).repeat
      ? (event as KeyboardEvent).key == 'Enter'
      : (event as MouseEvent).detail > 1
  ) {
    // Neither the kit's handler nor the default (a link followed, a form submitted) runs again.
    event.preventDefault();
    event.stopPropagation();
  }
}
