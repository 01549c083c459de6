import { expect } from '@open-wc/testing';
import type { TOptions } from 'i18next';
import { createI18n, NAMESPACE } from '../../src/i18n/index.js';
import { vendorName } from '../../src/i18n/vendors.js';
import { createPseudoI18n, isPseudo, PSEUDO_LNG } from './pseudo.js';

type T = (key: string, options: TOptions) => string;

describe('vendorName', () => {
  const en = createI18n().getFixedT('en', NAMESPACE) as unknown as T;

  it('names the kit’s vendor ids as the products are called, from the catalog', () => {
    expect(vendorName('ormuco', en)).to.equal('Ormuco');
    expect(vendorName('fluent', en)).to.equal('Fluent Commerce');
    const pseudo = createPseudoI18n().getFixedT(PSEUDO_LNG, NAMESPACE) as unknown as T;
    expect(isPseudo(vendorName('ormuco', pseudo))).to.be.true;
  });

  it('leaves a name the app chose, paths, namespaces and inherited keys as written', () => {
    for (const name of ['Acme Pay', 'acme', 'a.b', 'ns:x', 'constructor', '__proto__'])
      expect(vendorName(name, en)).to.equal(name);
  });
});
