import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement, tagFor } from '../../src/internal/define.js';
import { DEFAULT_TAGS, ErrorProvider, define } from '../../src/elements.js';

describe('define()', () => {
  it('registers every element under the names an app chooses', () => {
    define({ provider: 'acme-error-provider' });
    expect(customElements.get('acme-error-provider')).to.equal(ErrorProvider);
    expect(tagFor(ErrorProvider, DEFAULT_TAGS.provider)).to.equal('acme-error-provider');
  });

  it('warns instead of throwing when a tag is already taken by another class', () => {
    class Other extends LitElement {}
    customElements.define('taken-tag', Other);
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => defineElement('taken-tag', class extends LitElement {})).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('taken-tag')).to.equal(Other);
    expect(String(warnings[0]?.[0])).to.contain('<taken-tag> is already defined');
  });

  it('is silent when the same class is defined twice under the same tag', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('acme-error-provider', ErrorProvider);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(0);
  });
});
