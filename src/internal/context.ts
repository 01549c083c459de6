import { createContext } from '@lit/context';
import type { i18n } from 'i18next';
import type { RedactOptions } from '../core/redact.js';
import type { RetryPolicyOptions } from '../core/policy.js';
import type { SupportContact, SupportContext } from '../core/types.js';

/**
 * What `<error-provider>` hands to every faultline element below it. Every field is optional:
 * elements fall back to their own defaults when there is no provider.
 */
export interface FaultlineConfig {
  /** An i18next instance; defaults to the kit's own (createI18n). */
  i18n?: i18n;
  /** BCP 47 language for the subtree, e.g. 'nb' or 'ar'. */
  lang?: string;
  /** What the app knows for support tickets (tenant, environment, user, ids …). */
  context?: SupportContext;
  /** Where operators reach support. */
  contact?: SupportContact;
  /** Retry policy tunables (base, cap, attempts, max Retry-After). */
  policy?: RetryPolicyOptions;
  /** What support tickets also redact: `{ emails: true }` replaces e-mail addresses. */
  redact?: RedactOptions;
}

export const faultlineContext = createContext<FaultlineConfig>(Symbol.for('faultline-config'));
