/**
 * One persistent, visually hidden pair of live regions per document. Alerts that are inserted
 * already holding their text are often not announced (SWC #3407, Shoelace #1359): a region that
 * exists before its content changes is. Messages are appended as separate nodes so two errors
 * that arrive together are both read, and an identical message already showing is not repeated.
 */
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

interface Batch {
  /** By politeness and text, so the same message twice in one tick is queued once. */
  items: Map<string, { region: HTMLElement; text: string }>;
  done: Promise<void>;
  release: () => void;
}

/**
 * Messages waiting for their tick, per delay. A thousand banners mounted together make one
 * timer and one pass over the region, not a thousand: queueing is all announce() costs them.
 */
const batches = new Map<number, Batch>();

function flush(delay: number): void {
  const batch = batches.get(delay);
  batches.delete(delay);
  if (!batch) return;
  const added: Element[] = [];
  const present = new Map<HTMLElement, Set<string | null>>();
  for (const { region, text } of batch.items.values()) {
    let texts = present.get(region);
    if (!texts) {
      texts = new Set([...region.children].map((n) => n.textContent));
      present.set(region, texts);
    }
    // An identical message still showing is not repeated.
    if (texts.has(text)) continue;
    texts.add(text);
    const node = document.createElement('p');
    node.textContent = text;
    region.append(node);
    added.push(node);
  }
  if (added.length) setTimeout(() => added.forEach((n) => n.remove()), CLEAR_AFTER_MS);
  batch.release();
}

/**
 * Announces `message` to screen readers. Resolves once the text is in the region.
 * Text only: the message is set with textContent, never parsed as markup.
 */
export function announce(message: string, politeness: Politeness = 'polite'): Promise<void> {
  const text = message.trim();
  if (!text || typeof document === 'undefined') return Promise.resolve();
  const fresh = !regions.get(politeness)?.isConnected;
  const region = liveRegion(politeness);
  const delay = fresh ? FIRST_DELAY_MS : 0;
  let batch = batches.get(delay);
  if (!batch) {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    batch = { items: new Map(), done, release };
    batches.set(delay, batch);
    setTimeout(() => flush(delay), delay);
  }
  batch.items.set(`${politeness}\u0000${text}`, { region, text });
  return batch.done;
}
