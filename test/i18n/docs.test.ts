import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/locales/en.js';
import { flatten } from './strings.js';

describe('docs/bad-better.md', () => {
  it('shows every English message of every kind, variant and code', async () => {
    const response = await fetch(new URL('../../docs/bad-better.md', import.meta.url));
    expect(response.ok).to.be.true;
    const page = await response.text();
    const messages = [...flatten(en)].filter(
      ([key]) => /^(kinds|codes|critical)\./.test(key) && /\.(headline|next)$/.test(key),
    );
    expect(messages.length).to.be.greaterThan(60);
    // Table cells, padded or not (prettier aligns the columns).
    const cells = new Set(
      page.split('\n').flatMap((line) => line.split('|').map((cell) => cell.trim())),
    );
    for (const [key, text] of messages) expect(cells.has(text), `${key}: "${text}"`).to.be.true;
  });
});
