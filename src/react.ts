/**
 * `faultline/react`: types only. Declares the kit's tags in React 19's JSX, so TSX type-checks
 * `<error-banner error={…} onfaultline-sign-in={…} />`: a misspelt property, a wrong value or a
 * handler for the wrong event does not compile. (TypeScript never checks that a hyphenated name,
 * like an event's, exists.) Load it once: `import type {} from 'faultline/react';`
 */
import type { HTMLAttributes, Key, Ref } from 'react';
import type { LitElement } from 'lit';
import type { ErrorBanner, ErrorProvider, RetryButton, SupportChecklist } from './elements.js';
import './events/index.js';

/** Every faultline event as React 19 listens to it: `on` + the event's exact name. */
type FaultlineEventProps = {
  [K in keyof GlobalEventHandlersEventMap as K extends `faultline-${string}` ? `on${K}` : never]?: (
    event: GlobalEventHandlersEventMap[K],
  ) => void;
};

type IfEqual<X, Y, A, B> =
  (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;

/**
 * The keys a prop may set: not a getter without a setter (React would throw assigning it), not
 * a method (`dismiss`); a property that holds a function (`retryAction`) is optional and stays.
 */
type SettableKeys<T> = {
  [K in keyof T]-?: IfEqual<
    { [Q in K]: T[K] },
    { -readonly [Q in K]: T[K] },
    // Optional is what tells the two apart, also without strictNullChecks (no `| undefined`).
    T[K] extends (...args: never[]) => unknown ? (object extends Pick<T, K> ? K : never) : K,
    never
  >;
}[keyof T];

/**
 * The element's own settable properties (not Lit's or HTMLElement's, nor the `Output` ones it
 * works out itself), plus what any tag takes.
 */
export type FaultlineJsxProps<E extends LitElement, Output extends keyof E = never> = Partial<
  Pick<E, SettableKeys<Omit<E, keyof LitElement | Output>>>
> &
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
