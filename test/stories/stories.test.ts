/**
 * Every story of every story file, rendered the way Storybook renders it (meta.args merged with
 * the story's args, `story.render ?? meta.render`), inside `<error-provider lang="en">` like the
 * toolbar decorator. Each must render without a console error or an uncaught error, show visible
 * text, and pass axe. Story files import no Storybook runtime, so they load here as plain modules.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { en } from '../../src/i18n/locales/en.js';
import { drivesSettled } from '../../stories/drive.js';
import * as badBetter from '../../stories/bad-better.stories.js';
import * as errorBanner from '../../stories/error-banner.stories.js';
import * as errorProvider from '../../stories/error-provider.stories.js';
import * as playground from '../../stories/playground.stories.js';
import * as retryButton from '../../stories/retry-button.stories.js';
import * as supportChecklist from '../../stories/support-checklist.stories.js';
import * as vendorGallery from '../../stories/vendor-gallery.stories.js';
import { fixturesBySource } from '../fixtures/index.js';

type Args = Record<string, unknown>;
type Render = (args: Args, context?: unknown) => unknown;
interface StoryLike {
  name?: string;
  args?: Args;
  render?: Render;
}
interface MetaLike {
  title?: string;
  args?: Args;
  render?: Render;
  excludeStories?: string[];
}

const MODULES: Readonly<Record<string, Record<string, unknown>>> = {
  'error-banner.stories.ts': errorBanner,
  'retry-button.stories.ts': retryButton,
  'support-checklist.stories.ts': supportChecklist,
  'error-provider.stories.ts': errorProvider,
  'vendor-gallery.stories.ts': vendorGallery,
  'bad-better.stories.ts': badBetter,
  'playground.stories.ts': playground,
};

interface Case {
  file: string;
  title: string;
  story: string;
  args: Args;
  render: Render;
}

function casesOf(file: string, mod: Record<string, unknown>): Case[] {
  const meta = mod.default as MetaLike;
  const excluded = new Set(meta.excludeStories ?? []);
  return Object.entries(mod)
    .filter(([key]) => key !== 'default' && key !== '__namedExportsOrder' && !excluded.has(key))
    .map(([key, value]) => {
      // Storybook makes every named export a story: a helper exported by mistake shows up too.
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new Error(`${file} exports "${key}", which is not a story object`);
      }
      const story = value as StoryLike;
      const render = story.render ?? meta.render;
      if (!render) throw new Error(`${file} › ${key} has no render function`);
      return {
        file,
        title: meta.title ?? file,
        story: story.name ?? key,
        args: { ...meta.args, ...story.args },
        render,
      };
    });
}

const CASES = Object.entries(MODULES).flatMap(([file, mod]) => casesOf(file, mod));

/** Every element below `root`, through shadow roots. */
function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** Waits until no Lit element below `root` has an update pending, and story drives are done. */
async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    await drivesSettled();
    const pending = [root, ...deepElements(root)]
      .map((el) => (el as Partial<{ updateComplete: Promise<boolean> }>).updateComplete)
      .filter((p): p is Promise<boolean> => p instanceof Promise);
    const results = await Promise.all(pending);
    await new Promise((r) => requestAnimationFrame(r));
    if (results.every(Boolean)) return;
  }
}

const SKIP_TEXT = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

/** The text a person can see below `root`, through shadow roots. */
function visibleText(root: Element): string {
  const texts: string[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.textContent?.trim();
        const parent = child.parentElement;
        if (!text || !parent || SKIP_TEXT.has(parent.tagName)) continue;
        if (parent.checkVisibility && !parent.checkVisibility({ visibilityProperty: true }))
          continue;
        const range = document.createRange();
        range.selectNodeContents(child);
        const box = range.getBoundingClientRect();
        if (box.width > 0 && box.height > 0) texts.push(text);
      } else if (child instanceof Element) {
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    }
  };
  visit(root);
  return texts.join(' ');
}

describe('stories', () => {
  let errors: unknown[][] = [];
  const original = console.error;
  const onError = (e: ErrorEvent) => errors.push(['uncaught', e.message]);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(['unhandled rejection', e.reason]);

  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => {
      errors.push(args);
      original.apply(console, args);
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  let passed = 0;

  for (const c of CASES) {
    it(`${c.title} › ${c.story} renders, shows text and passes axe`, async () => {
      const el = await fixture<HTMLElement>(
        html`<error-provider lang="en"
          >${c.render({ ...c.args }) as TemplateResult}</error-provider
        >`,
      );
      await settle(el);
      expect(errors, `console errors: ${errors.map((e) => e.join(' ')).join('; ')}`).to.be.empty;
      expect(visibleText(el), 'visible text').to.not.equal('');
      await expect(el).to.be.accessible();
      expect(errors, 'console errors after axe').to.be.empty;
      passed++;
    });
  }

  it('every seed fixture has its story in the vendor gallery', () => {
    const shown = Object.values(vendorGallery)
      .map((s) => (s as StoryLike).args?.fixture)
      .filter((f): f is string => typeof f === 'string');
    const expected = Object.entries(fixturesBySource).flatMap(([source, list]) =>
      list.map((f) => `${source}/${f.name}`),
    );
    const missing = expected.filter((id) => !shown.includes(id));
    const stale = shown.filter((id) => !expected.includes(id));
    // A new fixture needs its export in stories/vendor-gallery.stories.ts (Storybook indexes
    // story exports statically, so they cannot be generated at runtime).
    expect(missing, 'fixtures without a gallery story').to.deep.equal([]);
    expect(stale, 'gallery stories without a fixture').to.deep.equal([]);
    expect(shown.length, 'one story per fixture').to.equal(new Set(shown).size);
  });

  /** Stories that drive their element to a state: what each must show once it got there. */
  const DRIVEN: Readonly<Record<string, readonly string[]>> = {
    'Elements/retry-button › Offline': [en.retry.offline, en.actions.cancel],
    'Elements/retry-button › Running, then cancelled': [en.actions.retry],
    'Elements/error-banner › Retry worked': [en.retry.succeeded],
    'Elements/error-banner › Retry ran out': [en.exhausted.next, en.actions.contactSupport],
    'Elements/support-checklist › Missing fields after Copy': [
      en.support.required.retries,
      en.support.required.description,
      en.support.required.steps,
    ],
    'Elements/support-checklist › Copy failed': [en.support.copyFailed],
  };

  for (const [name, expected] of Object.entries(DRIVEN)) {
    it(`${name} reaches its state`, async () => {
      const c = CASES.find((k) => `${k.title} › ${k.story}` === name);
      expect(c, 'story').to.exist;
      const el = await fixture<HTMLElement>(
        html`<error-provider lang="en"
          >${c!.render({ ...c!.args }) as TemplateResult}</error-provider
        >`,
      );
      await settle(el);
      const text = visibleText(el);
      for (const words of expected) expect(text).to.include(words);
      // The browser is itself again: online, with its own clipboard.
      expect(navigator.onLine, 'navigator.onLine').to.equal(true);
      expect(Object.getOwnPropertyNames(navigator)).to.deep.equal([]);
      expect(Object.hasOwn(document, 'execCommand'), 'document.execCommand').to.equal(false);
    });
  }

  it(`rendered all ${CASES.length} stories of ${Object.keys(MODULES).length} files`, () => {
    console.log(`[stories] ${passed} of ${CASES.length} stories passed render + axe`);
    expect(passed).to.equal(CASES.length);
  });
});
