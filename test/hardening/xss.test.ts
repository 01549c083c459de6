import { expect } from '@open-wc/testing';
import { buildTicket, formatTicket, normalizeError, TICKET_FORMATS } from '../../src/core.js';
import type { NormalizedError } from '../../src/core.js';
import { BIDI_CONTROLS, MARK, PAYLOADS, placements } from './xss-corpus.js';

/** Rendered text of a ticket stays this small, whatever the payload's size. */
const MAX_TICKET = 10_000;

/** Markdown that a tracker would turn into a link, an image or an HTML element. */
const MARKDOWN_ACTIVE = /(^|[^\\])(\[[^\]\n]*\]\(|<[a-z!/])/i;

function strings(e: NormalizedError): string[] {
  return [
    e.title,
    e.message,
    e.code,
    e.errorId,
    e.vendor,
    ...e.fieldErrors.flatMap((f) => [f.field, f.message, f.code]),
  ].filter((s): s is string => typeof s === 'string');
}

let cases = 0;

describe('hostile input: the normalizer and the ticket', function () {
  this.timeout(120_000);

  after(() =>
    console.log(`[hardening] xss core: ${cases} hostile cases (payload × field × format × public)`),
  );

  for (const payload of PAYLOADS) {
    it(`keeps "${payload.name}" bounded, private when it must be, and inert in every ticket format`, () => {
      for (const c of placements(payload.text)) {
        const where = `${payload.name} in ${c.format} ${c.field} (status ${c.init.status})`;
        const e = normalizeError(c.input, c.init);
        cases++;
        for (const s of strings(e)) {
          expect(s.length, where).to.be.at.most(500);
          expect(
            BIDI_CONTROLS.test(s),
            `${where}: a bidi control survived in "${s.slice(0, 60)}"`,
          ).to.equal(false);
        }
        if (c.publicFalse) {
          expect(e.public, where).to.equal(false);
          expect(e.fieldErrors, where).to.deep.equal([]);
        }
        const ticket = buildTicket(
          e,
          { tenant: 'acme' },
          { operatorMessage: 'The order could not be saved.' },
        );
        for (const format of TICKET_FORMATS) {
          const out = formatTicket(ticket, format);
          expect(out.length, `${where} ${format}`).to.be.below(MAX_TICKET);
          if (c.publicFalse && c.message) expect(out, `${where} ${format}`).to.not.include(MARK);
          expect(BIDI_CONTROLS.test(out), `${where} ${format}`).to.equal(false);
          if (format === 'json') expect(() => JSON.parse(out), where).to.not.throw();
          if (format === 'markdown')
            expect(MARKDOWN_ACTIVE.exec(out)?.[0], `${where} markdown`).to.equal(undefined);
        }
      }
    });
  }
});
