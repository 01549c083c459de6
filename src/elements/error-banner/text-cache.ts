import type { i18n } from 'i18next';
import type { NormalizedError, RetryAdvice } from '../../core/types.js';
import type { ErrorDescription } from '../../i18n/describe.js';

/**
 * Describing an error takes several catalog lookups; a page that shows the same error in many
 * places (a failed batch, a list of rows) would pay them per banner and per render. The text
 * depends only on the instance, its strings, the language and the inputs, so it is cached per
 * instance and language, and dropped whenever the instance's strings change. (Plain labels need
 * no cache here: the i18n controller's `t` already caches them, see i18n/fast-t.ts.)
 */
const versions = new WeakMap<i18n, number>();

/** Bumped on every change to the instance's strings: a locale chunk arriving, an app override. */
function versionOf(instance: i18n): number {
  let version = versions.get(instance);
  if (version === undefined) {
    version = 0;
    versions.set(instance, version);
    const bump = () => versions.set(instance, (versions.get(instance) ?? 0) + 1);
    instance.store?.on('added', bump);
    instance.store?.on('removed', bump);
  }
  return version;
}

interface Described {
  instance: i18n;
  lang: string;
  version: number;
  advice: RetryAdvice;
  countdown: boolean;
  text: ErrorDescription;
}

const descriptions = new WeakMap<NormalizedError, Described>();

/**
 * The same text for errors that differ only in what the description never reads (endpoint, ids,
 * time): a page of rows that each failed with a 401 describes it once, not once per row. Kept
 * per instance, language and strings version; errors whose text depends on their own words
 * (public ones) are not shared.
 */
const shared = new WeakMap<
  i18n,
  { lang: string; version: number; texts: Map<string, ErrorDescription> }
>();
const SHARED_MAX = 256;

function contentKey(e: NormalizedError, a: RetryAdvice, countdown: boolean): string | undefined {
  if (e.public === true || typeof e.kind !== 'string') return undefined;
  const code = e.code;
  if (code !== undefined && (typeof code !== 'string' || code.length > 64)) return undefined;
  const op = e.operation;
  const method = typeof op?.method === 'string' ? op.method.toUpperCase() : '';
  return [
    e.kind,
    method,
    op?.critical === true,
    op?.idempotent === true,
    code ?? '',
    e.retryAfterMs,
    // Of the advice, only what describe reads: not its jittered delay, which differs per banner.
    a.action,
    a.retry,
    countdown,
  ].join('\u0000');
}

const sameAdvice = (a: RetryAdvice, b: RetryAdvice) =>
  a === b || (a.action === b.action && a.retry === b.retry);

/**
 * describe() for `error`, reused while the instance, language, strings and advice are the same.
 * `countdown`: a retry button beside the words counts the server's wait down (DescribeOptions).
 */
export function cachedDescription(
  error: NormalizedError,
  advice: RetryAdvice,
  instance: i18n,
  lang: string,
  describe: () => ErrorDescription,
  countdown = false,
): ErrorDescription {
  const version = versionOf(instance);
  const hit = descriptions.get(error);
  if (
    hit &&
    hit.instance === instance &&
    hit.lang === lang &&
    hit.version === version &&
    hit.countdown === countdown &&
    sameAdvice(hit.advice, advice)
  ) {
    return hit.text;
  }
  const key = contentKey(error, advice, countdown);
  let bucket = shared.get(instance);
  if (!bucket || bucket.lang !== lang || bucket.version !== version) {
    bucket = { lang, version, texts: new Map() };
    shared.set(instance, bucket);
  }
  let text = key === undefined ? undefined : bucket.texts.get(key);
  if (!text) {
    text = describe();
    if (key !== undefined) {
      if (bucket.texts.size >= SHARED_MAX) bucket.texts.clear();
      bucket.texts.set(key, text);
    }
  }
  descriptions.set(error, { instance, lang, version, advice, countdown, text });
  return text;
}
