import { expect } from '@open-wc/testing';
import { cssPropertyStyles, liveControls } from '../../.storybook/controls.js';

const row = (category: string, extra: Record<string, unknown> = {}) => ({
  table: { category },
  ...extra,
});

describe('Storybook controls (liveControls)', () => {
  const argTypes = {
    dismissible: row('attributes'),
    'auto-retry': row('attributes'),
    autoRetry: row('properties'),
    normalizedError: row('properties'),
    maxAttempts: row('properties', { control: { type: 'number' } }),
    kind: row('story', { control: { type: 'select' } }),
    'faultline-dismiss': row('events'),
    onFaultlineDismiss: { action: { name: 'faultline-dismiss' }, table: { disable: true } },
    '::part(base)': row('css shadow parts'),
    actions: row('slots'),
    '--faultline-banner-accent': row('css custom properties'),
    '--faultline-banner-padding': row('css custom properties'),
    '--faultline-banner-color-scheme': row('css custom properties'),
  };
  const out = liveControls({
    argTypes,
    initialArgs: { dismissible: false, autoRetry: false, kind: 'server' },
  });
  const control = (name: keyof typeof argTypes) => out[name]!.control;

  it('keeps an input for what the story reads: its args and the controls it set itself', () => {
    expect(control('dismissible')).to.equal(undefined); // inferred later, from the type
    expect(control('autoRetry')).to.equal(undefined);
    expect(control('maxAttempts')).to.deep.equal({ type: 'number' });
    expect(control('kind')).to.deep.equal({ type: 'select' });
  });

  it('turns off members and attributes no arg feeds: getters and duplicate attributes', () => {
    expect(control('auto-retry')).to.equal(false);
    expect(control('normalizedError')).to.equal(false);
  });

  it('lists parts, events and slots without an input, and keeps the action rows hidden', () => {
    expect(control('::part(base)')).to.equal(false);
    expect(control('faultline-dismiss')).to.equal(false);
    expect(control('actions')).to.equal(false);
    expect(out.onFaultlineDismiss).to.deep.equal(argTypes.onFaultlineDismiss);
    // Still in the docs table.
    expect(out['::part(base)']!.table).to.deep.equal({ category: 'css shadow parts' });
  });

  it('offers a colour or text input for CSS custom properties', () => {
    expect(control('--faultline-banner-accent')).to.deep.equal({ type: 'color' });
    expect(control('--faultline-banner-padding')).to.deep.equal({ type: 'text' });
    expect(control('--faultline-banner-color-scheme')).to.deep.equal({ type: 'text' });
  });

  it('applies only the CSS custom property args that are set', () => {
    expect(
      cssPropertyStyles({
        '--faultline-banner-accent': 'green',
        '--faultline-banner-padding': ' ',
        '--faultline-banner-gap': undefined,
        kind: 'server',
      }),
    ).to.deep.equal({ '--faultline-banner-accent': 'green' });
  });
});
