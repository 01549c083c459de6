/**
 * `faultline/react`: types only. Declares the kit's tags in React 19's JSX, so TSX type-checks
 * `<error-banner error={…} onfaultline-sign-in={…} />`: a misspelt property, a wrong value or a
 * handler for the wrong event does not compile. (TypeScript never checks that a hyphenated name,
 * like an event's, exists.) Load it once: `import type {} from 'faultline/react';`
 */
import type { HTMLAttributes, Key, Ref } from 'react';
import type { LitElement } from 'lit';
import type { ErrorBanner, ErrorProvider, RetryButton, SupportChecklist } from './elements.js';
import type { FaultlineEventMap, FaultlineProps } from './internal/framework-types.js';

/** Every faultline event as React 19 listens to it: `on` + the event's exact name. */
type FaultlineEventProps = {
  [K in keyof FaultlineEventMap as `on${K}`]?: (event: FaultlineEventMap[K]) => void;
};

/** The element's own settable properties (see FaultlineProps), plus what any tag takes. */
export type FaultlineJsxProps<
  E extends LitElement,
  Output extends keyof E = never,
> = FaultlineProps<E, Output> &
  HTMLAttributes<E> &
  FaultlineEventProps & { key?: Key; ref?: Ref<E>; class?: string };

declare module 'react' {
  // eslint-disable-next-line no-restricted-syntax, @typescript-eslint/no-namespace -- React declares its JSX types in a namespace
  namespace JSX {
    interface IntrinsicElements {
      'error-provider': FaultlineJsxProps<ErrorProvider>;
      'error-banner': FaultlineJsxProps<ErrorBanner, 'severity'>;
      'retry-button': FaultlineJsxProps<RetryButton>;
      'support-checklist': FaultlineJsxProps<SupportChecklist>;
    }
  }
}
