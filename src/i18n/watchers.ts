import type { i18n } from 'i18next';
import { NAMESPACE } from './locales.js';

/**
 * What every I18nController needs to hear about, watched once per page instead of once per
 * element: a thousand banners share one MutationObserver (their hosts' and `<html>`'s `lang`) and
 * one pair of listeners per i18next instance. Per-element observers and listeners were most of
 * the banner's fixed cost.
 */
export interface LangWatcher {
  /** Something this watcher depends on changed: re-resolve the language and re-render. */
  refresh(): void;
  /** The kit's strings were added to its instance (a locale chunk, an app override). */
  stringsAdded(): void;
}

const byHost = new WeakMap<Node, LangWatcher>();
const all = new Set<LangWatcher>();
let observer: MutationObserver | undefined;

function onMutations(records: MutationRecord[]): void {
  const html = document.documentElement;
  if (records.some((r) => r.target === html)) {
    for (const w of all) w.refresh();
    return;
  }
  for (const r of records) byHost.get(r.target)?.refresh();
}

/**
 * Starts telling `watcher` about `lang` changes on `<html>`, and on `host` unless the host
 * watches its own `lang` (faultline elements do, through observedAttributes: cheaper than
 * observing a thousand nodes).
 */
export function watchLang(host: Element, watcher: LangWatcher, observeHost = true): void {
  if (!observer) {
    observer = new MutationObserver(onMutations);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  // Observing a node again only replaces its options; a disconnected watcher is simply absent
  // from the maps, so a record about its old host is ignored.
  if (observeHost) {
    observer.observe(host, { attributes: true, attributeFilter: ['lang'] });
    byHost.set(host, watcher);
  }
  all.add(watcher);
}

export function unwatchLang(host: Element, watcher: LangWatcher): void {
  if (byHost.get(host) === watcher) byHost.delete(host);
  all.delete(watcher);
}

const listeners = new Map<i18n, { watchers: Set<LangWatcher>; off: () => void }>();

/** Tells `watcher` when `instance` changes language or gains the kit's strings. */
export function watchInstance(instance: i18n, watcher: LangWatcher): void {
  let entry = listeners.get(instance);
  if (!entry) {
    const watchers = new Set<LangWatcher>();
    const onLanguage = () => {
      for (const w of watchers) w.refresh();
    };
    const onAdded = (_lng: string, ns: string) => {
      if (ns === NAMESPACE) for (const w of watchers) w.stringsAdded();
    };
    instance.on('languageChanged', onLanguage);
    instance.store?.on('added', onAdded);
    entry = {
      watchers,
      off: () => {
        instance.off('languageChanged', onLanguage);
        instance.store?.off('added', onAdded);
      },
    };
    listeners.set(instance, entry);
  }
  entry.watchers.add(watcher);
}

export function unwatchInstance(instance: i18n, watcher: LangWatcher): void {
  const entry = listeners.get(instance);
  if (!entry) return;
  entry.watchers.delete(watcher);
  if (entry.watchers.size === 0) {
    entry.off();
    listeners.delete(instance);
  }
}
