/**
 * Brings an element into a state that only a person could reach (a running attempt, an open
 * confirmation, a retry that ran out), or only the browser (offline, a clipboard that refuses):
 * the story renders the element, then clicks it the way an operator would, pretending the
 * browser's side for the length of the click. Plain DOM, no Storybook runtime, so the story tests
 * run the same steps.
 */
import { noChange } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { ElementPart } from 'lit';
import type { PartInfo } from 'lit/directive.js';
import { PartType } from 'lit/directive.js';

type Step = (el: HTMLElement) => Promise<void>;

const pending = new Set<Promise<void>>();

/** Resolves when every drive started so far has finished (the story tests wait for this). */
export async function drivesSettled(): Promise<void> {
  while (pending.size) await Promise.allSettled([...pending]);
}

/** Waits until `test()` holds, checking each frame, for at most `ms`. */
export async function until(test: () => boolean, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) throw new Error('The story did not reach its state in time');
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** A part of a faultline element, through its shadow root. */
export function part<T extends HTMLElement = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

/** Awaits Lit's update of `el` when it is a Lit element. */
export async function updated(el: Element): Promise<void> {
  await (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
}

/** Clicks the part `name` of `el` once it is rendered. */
export async function clickPart(el: HTMLElement, name: string): Promise<void> {
  await updated(el);
  await until(() => part(el, name) !== null);
  part(el, name)?.click();
  await updated(el);
}

class DriveDirective extends AsyncDirective {
  private key?: unknown;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('drive() goes on an element');
  }

  render(_key: unknown, _step: Step) {
    return noChange;
  }

  override update(part: ElementPart, [key, step]: [unknown, Step]) {
    // Once per key: a re-render with the same input leaves the state alone.
    if (key !== this.key) {
      this.key = key;
      const el = part.element as HTMLElement;
      const run = (async () => {
        await new Promise((r) => requestAnimationFrame(r));
        if (el.isConnected) await step(el);
      })().catch((e: unknown) => console.error('[stories] could not drive the story:', e));
      pending.add(run);
      void run.finally(() => pending.delete(run));
    }
    return noChange;
  }
}

/**
 * `<retry-button ${drive(args, (el) => clickPart(el, 'base'))}>`: runs `step` after the element
 * is connected, again only when `key` (e.g. the story's args) changes.
 */
export const drive = directive(DriveDirective);

/**
 * Shadows `name` of `target` with an own property (the prototype's stays as it is) until the
 * returned function puts the original back.
 */
function shadow(target: object, name: string, descriptor: PropertyDescriptor): () => void {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { configurable: true, ...descriptor });
  return () => {
    if (own) Object.defineProperty(target, name, own);
    else delete (target as Record<string, unknown>)[name];
  };
}

/**
 * Clicks the part `name` of `el` as if the browser were offline (`navigator.onLine` false), the
 * way the element tests reach the wait for the connection. Offline only for the click itself,
 * which is when the element looks: other stories on a docs page, clicking or counting down at
 * the same time, stay online. Nothing fires `online` afterwards, so an element that began
 * waiting keeps waiting until the operator presses Cancel.
 */
export async function clickOffline(el: HTMLElement, name: string): Promise<void> {
  await updated(el);
  await until(() => part(el, name) !== null);
  const restore = shadow(navigator, 'onLine', { get: () => false });
  try {
    part(el, name)?.click();
  } finally {
    restore();
  }
  await updated(el);
}

/**
 * Runs `step` with both ways of copying refusing: the Clipboard API rejects and
 * `document.execCommand('copy')` reports failure, as on an insecure origin with no permission.
 * Nothing else in the stories copies unless a person clicks.
 */
export async function whileCopyFails<T>(step: () => Promise<T>): Promise<T> {
  const refuse = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
  const restoreClipboard = shadow(navigator, 'clipboard', { value: { writeText: refuse } });
  const restoreExecCommand = shadow(document, 'execCommand', { value: () => false });
  try {
    return await step();
  } finally {
    restoreExecCommand();
    restoreClipboard();
  }
}
