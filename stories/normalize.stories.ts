import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { normalizeError } from '../src/core.js';

const meta: Meta = {
  title: 'Core/normalizeError',
  render: () => html`<pre>${JSON.stringify(normalizeError(undefined), null, 2)}</pre>`,
};
export default meta;

export const Unknown: StoryObj = {};
