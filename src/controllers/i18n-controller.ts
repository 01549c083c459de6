import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { i18n, TFunction, TOptions } from 'i18next';
import type { NormalizedError, RetryAdvice } from '../core/types.js';
import { faultlineContext } from '../internal/context.js';
import { defaultI18n } from '../i18n/create.js';
import { describeError } from '../i18n/describe.js';
import type { DescribeOptions, ErrorDescription } from '../i18n/describe.js';
import { ensureEnglish, isLocaleLoaded, loadLocale } from '../i18n/load.js';
import { fastFixedT, textLangOf } from '../i18n/fast-t.js';
import { canonicalLang, localeOf } from '../i18n/locales.js';
import { isRtl } from '../i18n/rtl.js';
import { unwatchInstance, unwatchLang, watchInstance, watchLang } from '../i18n/watchers.js';
import { composedParent } from '../internal/composed-parent.js';
import type { FaultlineConfig } from '../internal/context.js';

type Host = ReactiveControllerHost & HTMLElement;

let contextRoot: ContextRoot | undefined;

/**
 * A provider upgraded after the elements below it (plain HTML whose script registers the
 * banner first, or an app that defines the provider later) would otherwise never be found: the
 * root keeps the unanswered requests and replays them when a provider appears.
 */
function ensureContextRoot(): void {
  if (contextRoot || typeof document === 'undefined') return;
  contextRoot = new ContextRoot();
  contextRoot.attach(document.documentElement);
}

/** Settled: nothing to wait for until a language needs loading. */
const SETTLED: Promise<void> = Promise.resolve();

/** A host that re-renders by itself when its `lang` attribute changes (FaultlineElement). */
export interface LangAware {
  readonly watchesLang: true;
}

/**
 * Gives an element its language and the kit's strings in it (Shoelace's LocalizeController, for
 * i18next). The language is the first of: the element's own `lang`, the nearest ancestor's
 * (crossing shadow roots), the `<error-provider>`'s, `<html lang>`, the i18next instance's
 * language, 'en'. The instance is the provider's, or the kit's own (defaultI18n).
 *
 * The host re-renders when the instance changes language or gains strings (a locale chunk
 * arriving, an app override), when its own or `<html>`'s `lang` attribute changes, and when the
 * provider changes. A right-to-left language sets the host's `dir`, unless the app set one.
 */
export class I18nController implements ReactiveController {
  private readonly host: Host;
  private readonly consumer: ContextConsumer<typeof faultlineContext, Host>;
  private connected = false;
  /** The instance whose events we listen to while connected. */
  private listening?: i18n;
  private resolved = 'en';
  private fixed?: { instance: i18n; lang: string; t: TFunction };
  /** The `dir` we set on the host, so one the app set is left alone. */
  private appliedDir?: string;
  private pending = SETTLED;

  constructor(host: Host) {
    this.host = host;
    ensureContextRoot();
    // The consumer connects first, so a provider's instance is known before we bind to one.
    this.consumer = new ContextConsumer(host, {
      context: faultlineContext,
      subscribe: true,
      callback: () => this.refresh(),
    });
    host.addController(this);
  }

  /**
   * The nearest `<error-provider>`'s configuration (support context, contact, policy), so an
   * element needs no second context consumer of its own.
   */
  get config(): FaultlineConfig | undefined {
    return this.consumer.value;
  }

  /** The i18next instance in use: the provider's, or the kit's own. */
  get i18n(): i18n {
    const app = this.consumer.value?.i18n;
    // An instance handed over before its init() has no store to add the kit's strings to: the
    // kit's own speaks until it is ready (the provider re-renders on its 'initialized').
    return app && (app.isInitialized || app.store) ? app : defaultI18n();
  }

  /** The resolved language (canonical BCP 47), e.g. 'nb-NO'. */
  get lang(): string {
    return this.resolved;
  }

  /**
   * The writing direction of the text shown: Arabic once its strings are in, but left to right
   * for English shown on a Hebrew page (the kit has no Hebrew), which would otherwise read
   * ".Your session expired".
   */
  get dir(): 'ltr' | 'rtl' {
    // While the kit's own chunk for the language is on its way, its direction stays: Arabic
    // would otherwise flip from left to right and back on every first load.
    const pending = localeOf(this.resolved) && !isLocaleLoaded(this.i18n, this.resolved);
    return isRtl(pending ? this.resolved : this.textLang) ? 'rtl' : 'ltr';
  }

  /** Settles when the kit's strings for the current language are in the instance. */
  get ready(): Promise<void> {
    return this.pending;
  }

  /**
   * The language the strings are in right now: the resolved one once its strings are there, else
   * English, which is always there (and all a chunk that failed to load leaves).
   */
  get textLang(): string {
    const instance = this.i18n;
    return isLocaleLoaded(instance, this.resolved) ? textLangOf(instance, this.resolved) : 'en';
  }

  /**
   * Runs `fn` once the host shows its strings in its language: at once when they are loaded,
   * else after the update that follows their arrival (in English, if they never come). What a
   * host says or focuses first is then not read in English a moment before its own language.
   */
  whenLoaded(fn: () => void): void {
    const lang = this.resolved;
    if (isLocaleLoaded(this.i18n, lang)) fn();
    // The language changed while it waited (ar, then fr): it waits for the new one's strings.
    else
      void this.pending
        .then(() => this.host.updateComplete)
        .then(() => (this.resolved === lang ? fn() : this.whenLoaded(fn)));
  }

  /** Translates a key of the `faultline` namespace in the resolved language. */
  t = (key: string | string[], options?: TOptions): string => {
    // Through unknown: i18next 26 and 27 type TFunction's overloads differently, and the kit
    // accepts both; at run time it is the same call.
    return (this.fixedT() as unknown as (key: string | string[], options?: TOptions) => string)(
      key,
      options,
    );
  };

  /** The operator's message for `error` in the resolved language (see describeError). */
  describe(
    error: NormalizedError,
    advice?: RetryAdvice,
    options?: DescribeOptions,
  ): ErrorDescription {
    return describeError(error, this.fixedT(), advice, options);
  }

  hostConnected(): void {
    this.connected = true;
    watchLang(this.host, this.watcher, !(this.host as Partial<LangAware>).watchesLang);
    this.listen(this.i18n);
    // The language is resolved in hostUpdate, before the render this asks for.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    // @lit/context keeps the last value: moved out of every provider, the element would keep
    // speaking the old one's language. Back in the page, a provider answers again at once.
    this.consumer.value = undefined;
    unwatchLang(this.watcher);
    this.listen(undefined);
  }

  hostUpdate(): void {
    // Resolved before each render too: a `lang` inside another shadow root is not observed.
    this.resolve();
  }

  /** What the shared watchers call (see i18n/watchers.ts). */
  private readonly watcher = {
    refresh: (): void => this.refresh(),
    stringsAdded: (): void => this.host.requestUpdate(),
  };

  /** Re-resolves and re-renders; while disconnected only the language is kept current. */
  private refresh(): void {
    if (this.connected) this.listen(this.i18n);
    this.resolve();
    if (this.connected) this.host.requestUpdate();
  }

  private listen(instance: i18n | undefined): void {
    if (instance === this.listening) return;
    if (this.listening) unwatchInstance(this.listening, this.watcher);
    this.listening = instance;
    if (instance) {
      ensureEnglish(instance);
      watchInstance(instance, this.watcher);
    }
  }

  private resolve(): void {
    const instance = this.i18n;
    this.resolved =
      this.fromAncestors() ??
      canonicalLang(this.consumer.value?.lang) ??
      canonicalLang(document.documentElement.getAttribute('lang')) ??
      canonicalLang(instance.language) ??
      'en';
    if (!isLocaleLoaded(instance, this.resolved)) {
      this.pending = loadLocale(instance, this.resolved).catch(() => {
        // Offline or a failed deploy: the text stays in English, the fallback.
      });
    }
    this.applyDir();
  }

  /** The nearest `lang` from the host up, crossing shadow roots, stopping below `<html>`. */
  private fromAncestors(): string | undefined {
    let node: Node | null = this.host;
    while (node && node !== document.documentElement) {
      if (node instanceof Element) {
        const lang = canonicalLang(node.getAttribute('lang'));
        if (lang) return lang;
      }
      node = composedParent(node);
    }
    return undefined;
  }

  private applyDir(): void {
    if (!this.connected) return;
    const current = this.host.getAttribute('dir');
    if (current !== null && current !== this.appliedDir) return; // the app's choice
    // An attribute only where the text's direction differs from what the host inherits (the
    // nearest ancestor's `dir`, across shadow roots): a page rendered on the server in Arabic
    // keeps its markup (React warns about grown attributes), and English on a right-to-left page
    // (a language the kit does not ship) reads left to right. Checked at each update, not
    // watched: an ancestor's change is seen at the next.
    let from: string | null = null;
    for (let n = composedParent(this.host); n && from === null; n = composedParent(n))
      if (n instanceof Element) from = n.getAttribute('dir');
    const inherited = from?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
    const dir = this.dir;
    if (dir !== inherited) {
      if (current !== dir) this.host.setAttribute('dir', dir);
      this.appliedDir = dir;
    } else if (this.appliedDir) {
      this.host.removeAttribute('dir');
      this.appliedDir = undefined;
    }
  }

  private fixedT(): TFunction {
    const instance = this.i18n;
    const lang = this.resolved;
    if (this.fixed?.instance !== instance || this.fixed.lang !== lang) {
      this.fixed = { instance, lang, t: fastFixedT(instance, lang) };
    }
    return this.fixed.t;
  }
}
