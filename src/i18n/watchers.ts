import type { i18n } from 'i18next';
import { composedParent } from '../internal/composed-parent.js';
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

/** Every connected watcher and its host. */
const hosts = new Map<LangWatcher, Element>();
let observer: MutationObserver | undefined;

/** Is `node`, or an ancestor of it (counting shadow hosts as parents), one of `targets`? */
function withinAny(node: Node | null, targets: Set<Node>): boolean {
  for (; node; node = composedParent(node)) if (targets.has(node)) return true;
  return false;
}

function onMutations(records: MutationRecord[]): void {
  // One walk per host per batch, however many nodes changed `lang` (a list re-rendered).
  const targets = new Set<Node>(records.map((r) => r.target));
  const all = targets.has(document.documentElement);
  for (const [watcher, host] of hosts) if (all || withinAny(host, targets)) watcher.refresh();
}

/**
 * Starts telling `watcher` about `lang` changes on its host or any ancestor: one observer of the
 * whole document (`lang` only), and of `host` itself unless the host watches its own `lang`
 * (faultline elements do, through observedAttributes) or is in the document's light tree. A
 * wrapper's `lang` changing re-renders the elements inside, not only `<html>`'s.
 */
export function watchLang(host: Element, watcher: LangWatcher, observeHost = true): void {
  if (!observer) {
    observer = new MutationObserver(onMutations);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  // Inside a shadow root the document's observer does not see the host; observing a node again
  // only replaces its options.
  if (observeHost && host.getRootNode() !== document)
    observer.observe(host, { attributes: true, attributeFilter: ['lang'] });
  hosts.set(watcher, host);
}

export function unwatchLang(watcher: LangWatcher): void {
  hosts.delete(watcher);
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
