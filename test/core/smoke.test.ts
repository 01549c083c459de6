import { expect } from '@open-wc/testing';
import { normalizeError } from '../../src/core.js';

describe('smoke', () => {
  it('normalizes', () => {
    expect(normalizeError(undefined).kind).to.equal('unknown');
  });
});
