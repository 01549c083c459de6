/**
 * One persistent, visually hidden pair of live regions per document. Alerts that are inserted
 * already holding their text are often not announced (SWC #3407, Shoelace #1359): a region that
 * exists before its content changes is. Messages are appended as separate nodes so two errors
 * that arrive together are both read. An identical message already showing is not repeated
 * when another element said it (a second banner for the same outage), but is when the same one
 * says it again (the same banner failing again): it replaces its old node, so it is read again.
 */
import { isRtl } from '../i18n/rtl.js';

export type Politeness = 'polite' | 'assertive';

const REGION_ID = 'faultline-live-region';
/** Long enough for a screen reader to pick the text up, short enough not to pile up. */
const CLEAR_AFTER_MS = 7000;
/** A region created just now needs a moment before AT notices a change inside it. */
const FIRST_DELAY_MS = 150;

const regions = new Map<Politeness, HTMLElement>();

function hide(el: HTMLElement): void {
  // CSSOM, not a style attribute: works under a strict Content-Security-Policy.
  Object.assign(el.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: '0',
  });
}

/** The live region for a politeness, created on first use and kept for the page's life. */
export function liveRegion(politeness: Politeness = 'polite'): HTMLElement {
  const existing = regions.get(politeness);
  if (existing?.isConnected) return existing;
  let root = document.getElementById(REGION_ID);
  if (!root) {
    root = document.createElement('div');
    root.id = REGION_ID;
    root.dataset.faultline = 'announcer';
    hide(root);
    document.body.append(root);
  }
  let region = root.querySelector<HTMLElement>(`[data-politeness="${politeness}"]`);
  if (!region) {
    region = document.createElement('div');
    region.dataset.politeness = politeness;
    region.setAttribute('role', politeness === 'assertive' ? 'alert' : 'status');
    region.setAttribute('aria-live', politeness);
    region.setAttribute('aria-atomic', 'false');
    region.setAttribute('aria-relevant', 'additions');
    root.append(region);
  }
  regions.set(politeness, region);
  return region;
}

export interface AnnounceOptions {
  /** The language of the message (the element's), so a screen reader reads it in that voice. */
  lang?: string;
  /**
   * A token of whoever says it (one object per element, not the element, which a region's
   * bookkeeping would keep alive): the same words from the same token again are news.
   */
  from?: object;
}

/** Who (by their tokens) said each message still showing. */
const saidBy = new WeakMap<Element, Set<object>>();

interface Batch {
  /** By politeness, language and text, so the same message twice in one tick is queued once. */
  items: Map<string, { region: HTMLElement; text: string; lang?: string; from: Set<object> }>;
  done: Promise<void>;
  release: () => void;
}

/**
 * Messages waiting for their tick, per delay. A thousand banners mounted together make one
 * timer and one flush, not a thousand: queueing is all announce() costs them.
 */
const batches = new Map<number, Batch>();

function flush(delay: number): void {
  const batch = batches.get(delay);
  batches.delete(delay);
  if (!batch) return;
  const added: Element[] = [];
  for (const { region, text, lang, from } of batch.items.values()) {
    const showing = [...region.children].filter((n) => n.textContent === text);
    const again = showing.some((n) => [...(saidBy.get(n) ?? [])].some((s) => from.has(s)));
    if (showing.length && !again) continue;
    // Still showing, it would not be read again: it goes, and comes back as new.
    for (const old of showing) old.remove();
    const node = document.createElement('p');
    node.textContent = text;
    // In its own language and direction, so a screen reader switches voice for Arabic on an
    // English page.
    if (lang) {
      node.lang = lang;
      node.dir = isRtl(lang) ? 'rtl' : 'ltr';
    }
    saidBy.set(node, from);
    region.append(node);
    added.push(node);
  }
  if (added.length) setTimeout(() => added.forEach((n) => n.remove()), CLEAR_AFTER_MS);
  batch.release();
}

/**
 * Takes back what `from` queued and has not been said yet: a banner given a newer error, cleared
 * or removed, or a count that moved on, must not be heard saying the outdated thing after it.
 * Returns whether anything was taken back.
 */
export function withdraw(from: object | undefined): boolean {
  let taken = false;
  for (const { items } of batches.values())
    for (const [key, item] of items)
      if (from && item.from.delete(from)) {
        taken = true;
        if (!item.from.size) items.delete(key);
      }
  return taken;
}

/**
 * Announces `message` to screen readers. Resolves once the text is in the region. Text only: the
 * message is set with textContent, never parsed as markup.
 */
export function announce(
  message: string,
  politeness: Politeness = 'polite',
  { lang, from }: AnnounceOptions = {},
): Promise<void> {
  const text = message.trim();
  if (!text || typeof document === 'undefined') return Promise.resolve();
  const fresh = !regions.get(politeness)?.isConnected;
  const region = liveRegion(politeness);
  // While a new region's first batch waits, later messages join it: a shorter wait of their own
  // would be heard first, and the last thing heard would be the outdated one.
  const delay = fresh || batches.has(FIRST_DELAY_MS) ? FIRST_DELAY_MS : 0;
  let batch = batches.get(delay);
  if (!batch) {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    batch = { items: new Map(), done, release };
    batches.set(delay, batch);
    setTimeout(() => flush(delay), delay);
  }
  const key = `${politeness}\u0000${lang}\u0000${text}`;
  // Queued by many in one tick (a thousand banners for one outage): one node, said by all.
  const item = batch.items.get(key) ?? { region, text, lang, from: new Set<object>() };
  if (from) item.from.add(from);
  batch.items.set(key, item);
  return batch.done;
}
