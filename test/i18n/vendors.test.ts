import { expect } from '@open-wc/testing';
import { vendorName } from '../../src/i18n/vendors.js';

describe('vendorName', () => {
  it('writes the kit’s vendor ids as the products are called', () => {
    expect(vendorName('ormuco')).to.equal('Ormuco');
    expect(vendorName('fluent')).to.equal('Fluent Commerce');
  });

  it('leaves a name the app chose, and inherited object keys, as they are', () => {
    expect(vendorName('Acme Pay')).to.equal('Acme Pay');
    expect(vendorName('constructor')).to.equal('constructor');
    expect(vendorName('__proto__')).to.equal('__proto__');
  });
});
