/**
 * What the framework type entries (`faultline/react`, `faultline/vue`) share: which of an
 * element's properties a template may set, and the kit's events by name. Types only.
 */
import type { LitElement } from 'lit';
// For the events' entries in GlobalEventHandlersEventMap, which FaultlineEventMap reads. A plain
// import, not `import type {}`: declaration output drops that one, and the entries with it.
import '../events/index.js';

/** Every faultline event, by its exact DOM name. */
export type FaultlineEventMap = {
  [
    K in keyof GlobalEventHandlersEventMap as K extends `faultline-${string}` ? K : never
  ]: GlobalEventHandlersEventMap[K];
};

type IfEqual<X, Y, A, B> =
  (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;

/**
 * The keys a binding may set: not a getter without a setter (assigning it would throw), not
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
 * The element's own settable properties: not Lit's or HTMLElement's, nor the `Output` ones it
 * works out itself.
 */
export type FaultlineProps<E extends LitElement, Output extends keyof E = never> = Partial<
  Pick<E, SettableKeys<Omit<E, keyof LitElement | Output>>>
>;
