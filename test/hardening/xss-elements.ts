import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/index.js';
import type { ErrorBanner, RetryButton, SupportChecklist } from '../../src/elements.js';
import { normalizeError } from '../../src/core.js';
import { liveRegion } from '../../src/controllers/announcer.js';
import { links, markedAttributes, SAFE_PROTOCOLS, screenText, structure } from './dom.js';
import { BIDI_CONTROLS, MARK, placements } from './xss-corpus.js';
import type { Placement, PAYLOADS } from './xss-corpus.js';

/** What one element may show, whatever the payload's size. */
const MAX_SCREEN_TEXT = 10_000;

interface Kit {
  banner: ErrorBanner;
  button: RetryButton;
  checklist: SupportChecklist;
}

async function kit(): Promise<Kit> {
  // Not fixture(): its cleanup after each test would disconnect the kit that all tests share.
  const host = document.createElement('div');
  document.body.append(host);
  render(
    html`
      <error-provider
        support-email="help@example.com"
        support-url="https://help.example.com/tickets"
        support-phone="+47 22 12 01 01"
      >
        <error-banner dismissible .retryAction=${async () => 1}></error-banner>
        <retry-button .action=${async () => 1}></retry-button>
        <support-checklist
          .context=${{ tenant: 'acme', user: 'ada@example.com' }}
        ></support-checklist>
      </error-provider>
    `,
    host,
  );
  const provider = host.firstElementChild!;
  await (provider.querySelector('support-checklist') as SupportChecklist).updateComplete;
  return {
    banner: provider.querySelector('error-banner')!,
    button: provider.querySelector('retry-button')!,
    checklist: provider.querySelector('support-checklist')!,
  };
}

async function show(k: Kit, c: Placement): Promise<void> {
  k.banner.status = c.init.status;
  k.banner.method = c.init.method;
  k.banner.endpoint = c.init.endpoint;
  // The banner takes the raw body and the request's status as properties, as an app would; the
  // button and checklist have no status property, so they get what fromResponse() would give.
  k.banner.error = c.input;
  const normalized = normalizeError(c.input, c.init);
  k.button.error = normalized;
  k.checklist.error = normalized;
  await Promise.all([k.banner.updateComplete, k.button.updateComplete, k.checklist.updateComplete]);
  const inner = k.banner.shadowRoot!.querySelector<RetryButton>('retry-button');
  await inner?.updateComplete;
}

const hosts = (k: Kit) => [k.banner, k.button, k.checklist] as const;

const around = (s: string, mark: string) =>
  s.slice(Math.max(0, s.indexOf(mark) - 60), s.indexOf(mark) + 60);

let cases = 0;
let renders = 0;

/**
 * Renders every payload of `payloads` in every field of every format (parsed bodies; the raw JSON
 * strings go through the same normalizer, tested in xss.test.ts) in each element.
 */
export function describeElements(title: string, payloads: typeof PAYLOADS): void {
  describe(`hostile input: every element, ${title}`, function () {
    this.timeout(170_000);
    let k: Kit;
    /** Tags and attributes that the templates create for benign text, across every format. */
    const allowed = new Map<string, Set<string>>();

    before(async () => {
      k = await kit();
      for (const benign of [
        'Benign order text 17',
        'Benign order text, long enough to clamp. '.repeat(60),
      ])
        for (const c of placements(benign, { raw: false })) {
          await show(k, c);
          for (const host of hosts(k)) {
            const set = allowed.get(host.localName) ?? new Set();
            for (const s of structure(host)) set.add(s);
            allowed.set(host.localName, set);
          }
        }
    });

    after(() =>
      console.log(
        `[hardening] xss elements (${title}): ${cases} hostile cases, ${renders} element renders (banner, retry-button, checklist)`,
      ),
    );

    for (const payload of payloads) {
      it(`renders "${payload.name}" in every field of every format as bounded, inert text`, async () => {
        for (const c of placements(payload.text, { raw: false })) {
          const where = `${payload.name} in ${c.format} ${c.field} (status ${c.init.status})`;
          await show(k, c);
          cases++;
          for (const host of hosts(k)) {
            renders++;
            const at = `<${host.localName}>: ${where}`;
            const extra = [...structure(host)].filter((s) => !allowed.get(host.localName)!.has(s));
            expect(extra, `${at}: created from payload`).to.deep.equal([]);
            expect(markedAttributes(host, MARK), `${at}: attribute values`).to.deep.equal([]);
            for (const href of links(host))
              expect(
                SAFE_PROTOCOLS.has(new URL(href).protocol),
                `${at}: link ${href.slice(0, 60)}`,
              ).to.equal(true);
            const text = screenText(host);
            expect(text.length, at).to.be.below(MAX_SCREEN_TEXT);
            expect(
              BIDI_CONTROLS.test(text),
              `${at}: an unisolated bidi control on screen`,
            ).to.equal(false);
            // Booleans, not strings: a diff of megabytes of DOM text would stall the reporter.
            if (c.publicFalse && c.message)
              expect(
                text.includes(MARK),
                `${at}: private text on screen: …${around(text, MARK)}…`,
              ).to.equal(false);
          }
        }
        // The live region speaks catalog text only: never the vendor's words.
        expect(
          liveRegion('assertive').textContent + liveRegion('polite').textContent,
        ).to.not.include(MARK);
      });
    }
  });
}
