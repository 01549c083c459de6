import { expect } from '@open-wc/testing';
import { decodeFluent } from '../../../src/core/adapters/fluent.js';

describe('decodeFluent', () => {
  it('decodes prefix to origin and suffix to severity', () => {
    expect(decodeFluent('C0100E')).to.include({
      origin: 'client',
      severity: 'error',
      vendor: 'fluent',
    });
    // "S represents server issues. Clients can not fix them themselves": support, not a retry.
    expect(decodeFluent('S0003W')).to.include({
      origin: 'server',
      severity: 'warning',
      kind: 'request_failed',
    });
    expect(decodeFluent('T0001E')).to.include({ origin: 'third_party', kind: 'server' });
  });

  it('maps each end of every client range to the seed’s classification', () => {
    const kinds: [string, string][] = [
      ['C0001E', 'validation'],
      ['C0019E', 'validation'],
      ['C0020E', 'forbidden'],
      ['C0021E', 'request_failed'],
      ['C00023W', 'request_failed'],
      ['C0099E', 'request_failed'],
      ['C0100E', 'validation'],
      ['C0119E', 'validation'],
      ['C0120E', 'not_found'],
      ['C0121E', 'validation'],
      ['C0122E', 'validation'],
      ['C0159E', 'validation'],
      ['C0199E', 'validation'],
      ['C0200E', 'request_failed'],
    ];
    for (const [code, kind] of kinds) expect(decodeFluent(code)?.kind, code).to.equal(kind);
  });

  it('ignores codes of another shape', () => {
    for (const code of ['C001E', 'X0001E', 'C0001', 'c0001e', 'C000001E', '', undefined])
      expect(decodeFluent(code), String(code)).to.equal(undefined);
  });
});
