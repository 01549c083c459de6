import type { TFunction } from 'i18next';
import {
  codePolicy,
  passedWithWarning,
  POLICY_TABLE,
  policyCode,
  READ_METHOD,
} from '../core/policy-table.js';
import { redact } from '../core/redact.js';
import { ERROR_KINDS } from '../core/types.js';
import type { ErrorKind, NormalizedError, OperationInfo, RetryAdvice } from '../core/types.js';
import { NAMESPACE } from './locales.js';
import { waitUnit } from './wait-unit.js';

/** How the words are shown. */
export interface DescribeOptions {
  /**
   * A retry button beside the words counts the server's wait down: the next step points at it
   * instead of naming a number that would stand still, or saying "in a moment" beside "2 hours".
   */
  countdown?: boolean;
}

/** What the operator reads: what happened, what to do, and the vendor's own words if public. */
export interface ErrorDescription {
  headline: string;
  nextStep: string;
  /** The vendor's message, redacted, only when the error is `public`. */
  detail?: string;
}

/**
 * Kinds after which a write may or may not have happened: the server may have applied it before
 * the answer was lost. For these, "the change may not have been saved, check first" beats any
 * vendor code: a failed save is not a failed load, and a duplicated payment is worse than a
 * vague headline. The other kinds are refusals, so nothing was written and the code can speak.
 */
const UNCERTAIN: ReadonlySet<ErrorKind> = new Set([
  'timeout',
  'unavailable',
  'server',
  'network',
  'aborted',
  'unknown',
]);

/** A wait as the banner's next step: "Try again in 2 minutes." */
function delayText(ms: number, t: TFunction): string {
  const [unit, count] = waitUnit(ms);
  return t(`delay.${unit}`, { ns: NAMESPACE, count });
}

type Mode = 'read' | 'write' | 'critical';

function modeOf(operation: OperationInfo | undefined): Mode | undefined {
  if (!operation || typeof operation !== 'object') return undefined;
  const method = typeof operation.method === 'string' ? operation.method : '';
  if (READ_METHOD.test(method)) return 'read';
  if (operation.critical === true) return 'critical';
  return method ? 'write' : undefined;
}

function kindOf(kind: unknown): ErrorKind {
  return (ERROR_KINDS as readonly unknown[]).includes(kind) ? (kind as ErrorKind) : 'unknown';
}

/**
 * Catalog keys for a vendor code, exact first, then lower-cased. Codes that i18next would read
 * as paths or namespaces ('a.b', 'ns:x') or that name Object.prototype members are skipped.
 */
function codePrefixes(code: unknown): string[] {
  if (typeof code !== 'string') return [];
  const exact = code.trim();
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(exact) || exact in Object.prototype) return [];
  const lower = exact.toLowerCase();
  return lower === exact ? [`codes.${exact}`] : [`codes.${exact}`, `codes.${lower}`];
}

function positive(ms: unknown): number | undefined {
  return typeof ms === 'number' && Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

/**
 * The wait the server gave (Retry-After, RetryInfo), if the advice is to retry at all. Never the
 * policy's jittered backoff: that random second is for the retrier, and read by a person it is
 * a promise that nothing keeps (the retry button counts its own wait down beside it). Not for
 * another step either (reload after a 409, sign in again after a 401): no retry is offered
 * there, so "Try again in 30 seconds." would point at a button that is not shown.
 */
function delayOf(
  error: Partial<NormalizedError>,
  advice: RetryAdvice | undefined,
): number | undefined {
  return advice && (advice.retry === 'never' || advice.action !== 'retry')
    ? undefined
    : positive(error.retryAfterMs);
}

/**
 * The vendor's message, never its title: a title names the problem type (RFC 9457), which the
 * headline already says better, and vendors get it wrong (Ormuco titles its 413 and 429
 * "Conflict").
 */
function publicDetail(error: Partial<NormalizedError>): string | undefined {
  if (error.public !== true || typeof error.message !== 'string') return undefined;
  return redact(error.message).trim() || undefined;
}

/**
 * The operator's message for a normalized error (pure). A warning on a response that succeeded
 * says it went through (`passedWithWarning`). Otherwise headline and next step come from, in order:
 * 1. the critical variant (a P0 write: never replayed, check the history first), and the
 *    "no longer signed in" variant (`refreshFailed`) when the advice is to sign in after a refresh;
 * 2. (next step only, not for a critical write) "contact support" when the retries ran out,
 *    with "check whether it was saved" first for a write that is not safe to repeat;
 * 3. for writes whose outcome is unknown and that are not safe to repeat, the kind's write
 *    variant; then (next step only) the wait the server gave: "Try again in 30 seconds.", or,
 *    with `options.countdown`, "The button shows when this can be tried again.";
 * 4. the vendor code's message (`codes.C0001E`), which may set only one of the two;
 * 5. the kind's critical variant for a critical write refused outright, its read or write
 *    variant (only the headline, for a write that is safe to repeat), then the kind's own
 *    message.
 * `detail` is the vendor's text, redacted, only when the error is public. Anything that is not a
 * normalized error gets the `unknown` message.
 */
export function describeError(
  error: NormalizedError,
  t: TFunction,
  advice?: RetryAdvice,
  options?: DescribeOptions,
): ErrorDescription {
  if (typeof t !== 'function')
    throw new TypeError('describeError(error, t): t must be a translate function, e.g. i18n.t');
  const e: Partial<NormalizedError> = error && typeof error === 'object' ? error : {};
  // A warning on a response that succeeded (Fluent's `…W` codes with a 2xx) went through:
  // "not saved" would be wrong, and there is nothing to do again.
  if (passedWithWarning(e)) {
    const text = {
      headline: t('passedWithWarning.headline', { ns: NAMESPACE }),
      nextStep: t('passedWithWarning.next', { ns: NAMESPACE }),
    };
    const detail = publicDetail(e);
    return detail === undefined ? text : { ...text, detail };
  }
  const kind = kindOf(e.kind);
  const mode = modeOf(e.operation);
  const writing = mode === 'write' || mode === 'critical';
  const uncertain = writing && UNCERTAIN.has(kind);
  // A write that is safe to repeat (PUT, DELETE, or marked idempotent) may have been saved, but
  // repeating it does no harm: its headline says so, its next step is the kind's own.
  const repeatable = uncertain && e.operation?.idempotent === true;
  const kindKey = `kinds.${kind}`;

  // Prefixes whose message beats a known delay, then those that give way to it.
  const first: string[] = [];
  const rest: string[] = [];
  // A critical write refused outright (nothing was done) lets a vendor code speak before the
  // kind's critical variant: a declined card says more than "the change was not completed".
  const refused = mode === 'critical' && kind === 'request_failed';
  if (mode === 'critical' && !refused)
    first.push(`${kindKey}.critical`, ...(uncertain ? ['critical'] : []));
  // An Ormuco 499 without a code speaks as `token_required`, the code its advice follows.
  const code = e.code ?? policyCode(e);
  // "No longer signed in" only when there was a session to renew: not for a missing token or
  // refused credentials, whose own message says what to do.
  if (
    kind === 'unauthenticated' &&
    advice?.action === 'sign-in' &&
    codePolicy(e) !== 'never sign-in'
  )
    first.push(`${kindKey}.refreshFailed`);
  // An idempotent write may be repeated safely, so a known delay may speak before "check first".
  if (uncertain) (repeatable ? rest : first).push(`${kindKey}.write`);
  rest.push(...codePrefixes(code));
  // The other codes the policy sends to fix-input are refused cards (Stripe's card_declined,
  // expired_card, …): one message, or the kind's words would say "contact support".
  if (codePolicy(e) === 'never fix-input') rest.push('codes.card_declined');
  if (refused) rest.push(`${kindKey}.critical`);
  if (writing) rest.push(`${kindKey}.write`);
  if (mode === 'read') rest.push(`${kindKey}.read`);
  rest.push(kindKey);

  const lookup = (keys: string[]): string =>
    keys.length ? t(keys, { ns: NAMESPACE, defaultValue: '' }) : '';
  const headline = lookup([...first, ...rest].map((p) => `${p}.headline`));
  // Support only because the attempts ran out: "try again" would contradict the advice (and the
  // banner's Contact support button). Kinds that go to support from the start keep their words,
  // and a critical write keeps "check the history" first.
  const exhausted =
    mode !== 'critical' &&
    advice?.retry === 'never' &&
    advice.action === 'contact-support' &&
    POLICY_TABLE[kind][0] !== 'never contact-support';
  let nextStep = exhausted
    ? t(uncertain && !repeatable ? 'exhausted.write' : 'exhausted.next', { ns: NAMESPACE })
    : lookup(first.map((p) => `${p}.next`));
  if (!nextStep) {
    const ms = delayOf(e, advice);
    if (ms !== undefined) {
      nextStep = options?.countdown ? t('delay.countdown', { ns: NAMESPACE }) : delayText(ms, t);
    }
  }
  if (!nextStep)
    nextStep = lookup(
      rest.filter((p) => !repeatable || p !== `${kindKey}.write`).map((p) => `${p}.next`),
    );

  const detail = publicDetail(e);
  return detail === undefined ? { headline, nextStep } : { headline, nextStep, detail };
}
