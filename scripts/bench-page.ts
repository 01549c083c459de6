// The page `npm run bench` loads in Chromium: renders N <error-banner>s and N minimal LitElements
// that show the same two lines, and reports main-thread time and retained heap; then, apart,
// N static copies of a rendered banner's DOM against N minimal LitElements.
import { LitElement, html } from 'lit';
import { ErrorBanner } from '../src/index.js';
import { normalizeError } from '../src/core.js';

class MinimalMessage extends LitElement {
  static override properties = { headline: {}, next: {} };
  headline = '';
  next = '';
  protected override render() {
    return html`<p>${this.headline}</p>
      <p>${this.next}</p>`;
  }
}
customElements.define('minimal-message', MinimalMessage);

// One normalized 401 per banner, new for every batch, as on a real page (a shared or reused
// object would let caches keyed by the error hide the cost of describing it); normalizing
// happens before the clock starts.
let errors: unknown[] = [];
let next = 0;
const freshErrors = (n: number) => {
  errors = Array.from({ length: n }, (_, i) =>
    normalizeError('', { status: 401, method: 'GET', endpoint: `/api/orders/${i}` }),
  );
  next = 0;
};

async function mount(
  n: number,
  make: () => HTMLElement,
): Promise<{ ms: number; host: HTMLElement }> {
  const host = document.createElement('div');
  document.body.append(host);
  const start = performance.now();
  const els: HTMLElement[] = [];
  for (let i = 0; i < n; i++) els.push(make());
  host.append(...els);
  await Promise.all(els.map((e) => (e as LitElement).updateComplete));
  void host.offsetHeight; // include style and layout, as a person would wait for them
  return { ms: performance.now() - start, host };
}

type Gc = () => void;
const gc = (globalThis as unknown as { gc?: Gc }).gc ?? (() => {});
const heap = () =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

const banner = () => {
  const el = document.createElement('error-banner') as HTMLElement & { error: unknown };
  el.error = errors[next++];
  return el;
};
const minimal = () => {
  const el = document.createElement('minimal-message') as MinimalMessage;
  el.headline = 'Your session expired.';
  el.next = 'Sign in again to continue.';
  return el;
};

/**
 * `rounds` paired measurements: 1000 minimal elements and 1000 banners, one after the other,
 * each side first in half of the rounds. The bench takes each round's ratio: a slow moment on a
 * shared machine slows both sides of a pair alike.
 */
async function run(n: number, rounds = 6) {
  // One full, unmeasured batch of each first: the engine compiles and optimizes both paths
  // before any round counts.
  freshErrors(n);
  (await mount(n, banner)).host.remove();
  (await mount(n, minimal)).host.remove();

  const pairs: { baselineMs: number; bannerMs: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    const pair = { baselineMs: 0, bannerMs: 0 };
    const order = r % 2 ? (['banner', 'baseline'] as const) : (['baseline', 'banner'] as const);
    for (const side of order) {
      if (side === 'banner') freshErrors(n);
      gc();
      const { ms, host } = await mount(n, side === 'banner' ? banner : minimal);
      host.remove();
      pair[side === 'banner' ? 'bannerMs' : 'baselineMs'] = ms;
    }
    pairs.push(pair);
  }

  freshErrors(n);
  gc();
  const before = heap();
  const banners = await mount(n, banner);
  gc();
  const heapRetainedBytes = heap() - before;
  banners.host.remove();
  return { pairs, heapRetainedBytes };
}

/**
 * The floor for any banner of this shape: copies of a rendered 401 banner's shadow DOM, with the
 * banner's styles, in LitElements that do nothing else. What the banner costs above them is its
 * logic (language, context, advice, listeners, bindings); below them, only fewer boxes or rules.
 */
let shape: DocumentFragment;
class BannerCopy extends LitElement {
  static override styles = ErrorBanner.styles;
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    root.append(shape.cloneNode(true));
    return root;
  }
}
customElements.define('banner-copy', BannerCopy);

const copy = () => {
  const el = document.createElement('banner-copy');
  el.setAttribute('severity', 'error'); // as the banner writes it
  return el;
};

/** Paired rounds of copies and minimal elements, as `run` pairs banners (run in a page of its own). */
async function runCopies(n: number, rounds = 6) {
  const el = document.createElement('error-banner') as ErrorBanner;
  el.error = normalizeError('', { status: 401, method: 'GET', endpoint: '/api/orders/1' });
  document.body.append(el);
  await el.updateComplete;
  shape = document.createDocumentFragment();
  for (const node of el.shadowRoot!.childNodes) shape.append(node.cloneNode(true));
  el.remove();

  (await mount(n, copy)).host.remove();
  (await mount(n, minimal)).host.remove();
  const pairs: { baselineMs: number; copyMs: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    const pair = { baselineMs: 0, copyMs: 0 };
    for (const side of r % 2 ? (['copy', 'baseline'] as const) : (['baseline', 'copy'] as const)) {
      gc();
      const { ms, host } = await mount(n, side === 'copy' ? copy : minimal);
      host.remove();
      pair[side === 'copy' ? 'copyMs' : 'baselineMs'] = ms;
    }
    pairs.push(pair);
  }
  return pairs;
}

(globalThis as unknown as { __bench: unknown }).__bench = { run, runCopies };
