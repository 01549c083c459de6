/**
 * `faultline/vue`: types only. Declares the kit's tags to Vue's template type-checking
 * (`vue-tsc`, Vue - Official in the editor), so `<error-banner :error="…"
 * @faultline-sign-in="…">` is checked: a misspelt property, a wrong value or a handler for
 * the wrong event is an error. Load it once: `import type {} from 'faultline/vue';`
 *
 * Vue reads a global component's props from its instance's `$props` and its events from
 * `$emit`; neither exists on the element, so both are marked deprecated for anyone holding a ref.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { LitElement } from 'lit';
import type { ErrorBanner, ErrorProvider, RetryButton, SupportChecklist } from './elements.js';
import type { FaultlineEventMap, FaultlineProps } from './internal/framework-types.js';

/** A custom element as Vue's template type-checking sees a component. */
export type FaultlineVueElement<
  E extends LitElement,
  Output extends keyof E = never,
> = new () => E & {
  /** @deprecated For template type-checking only: not on the element. */
  $props: FaultlineProps<E, Output> & HTMLAttributes & PublicProps;
  /** @deprecated For template type-checking only: not on the element. */
  $emit: EmitFn<{ [K in keyof FaultlineEventMap]: (event: FaultlineEventMap[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'error-provider': FaultlineVueElement<ErrorProvider>;
    'error-banner': FaultlineVueElement<ErrorBanner, 'severity'>;
    'retry-button': FaultlineVueElement<RetryButton>;
    'support-checklist': FaultlineVueElement<SupportChecklist>;
  }
}
