/**
 * `faultline/elements`: the element classes and `define()`, without registering any tag — for
 * apps that register the kit under their own tag names.
 */
import { ErrorBanner } from './elements/error-banner/error-banner.js';
import { ErrorProvider } from './elements/error-provider/error-provider.js';
import { RetryButton } from './elements/retry-button/retry-button.js';
import { SupportChecklist } from './elements/support-checklist/support-checklist.js';
import { defineElement } from './internal/define.js';

export { ErrorBanner, ErrorProvider, RetryButton, SupportChecklist };
export { FaultlineElement } from './internal/faultline-element.js';
export { faultlineContext } from './internal/context.js';
export type { FaultlineConfig } from './internal/context.js';
export { announce, liveRegion } from './controllers/announcer.js';
export { copyText } from './controllers/clipboard.js';
export { RetryController, RetryStatus, CONFIRM_MODES } from './controllers/retry-controller.js';
export type { ConfirmMode, RetryTask } from './controllers/retry-controller.js';
export { systemClock } from './controllers/clock.js';
export type { RetryClock } from './controllers/clock.js';
export type { Politeness } from './controllers/announcer.js';
export * from './events/index.js';
export * from './i18n/index.js';

/** The default tag of each element. */
export const DEFAULT_TAGS = {
  // The provider first, so elements below it find it as they upgrade.
  provider: 'error-provider',
  banner: 'error-banner',
  retryButton: 'retry-button',
  checklist: 'support-checklist',
} as const;

export type TagNames = { -readonly [K in keyof typeof DEFAULT_TAGS]?: string };

const CLASSES = {
  provider: ErrorProvider,
  banner: ErrorBanner,
  retryButton: RetryButton,
  checklist: SupportChecklist,
} satisfies Record<keyof typeof DEFAULT_TAGS, CustomElementConstructor>;

/**
 * Registers every faultline element, under the default tags or the names given
 * (`define({ banner: 'acme-error' })`). A tag that is already taken warns instead of throwing.
 */
export function define(tags: TagNames = {}): void {
  for (const key of Object.keys(DEFAULT_TAGS) as (keyof typeof DEFAULT_TAGS)[]) {
    defineElement(tags[key] ?? DEFAULT_TAGS[key], CLASSES[key]);
  }
}
