import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LOCALES } from '../src/index.js';
import { GALLERY } from './vendor-gallery.js';
import { METHODS, playground } from './playground.js';
import type { PlaygroundArgs } from './playground.js';

const text = (id: string): string => {
  const input = GALLERY.get(id)?.input;
  return typeof input === 'string' ? input : JSON.stringify(input, null, 2);
};

/**
 * Paste any raw payload (JSON, HTML, XML, text), pick the status, method, critical flag and
 * language, and see the normalized error, the retry advice, the banner and the support ticket,
 * all updating as you type. "Start from a seed example" fills in any payload of the gallery.
 */
const meta: Meta<PlaygroundArgs> = {
  title: 'Playground',
  tags: ['!autodocs'],
  render: (args) => playground(args),
  argTypes: {
    payload: { control: 'text', description: 'The raw body' },
    status: { control: { type: 'number', min: 100, max: 599 }, description: 'HTTP status' },
    method: { control: 'select', options: [...METHODS] },
    critical: { control: 'boolean', description: 'A P0 write: never replayed' },
    language: { control: 'select', options: [...LOCALES], description: 'Language of the banner' },
  },
  args: { payload: '', method: 'GET', critical: false, language: 'en' },
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<PlaygroundArgs>;

export const Playground: Story = {
  args: {
    payload: text('fluent/GraphQL C0020E'),
    status: 200,
    method: 'POST',
  },
};

export const HtmlErrorPage: Story = {
  name: 'HTML error page',
  args: { payload: text('fluent/500 Jetty error page'), status: 500, method: 'POST' },
};

export const PlainText: Story = {
  name: 'Plain text, critical write',
  args: { payload: 'Order 17 is already active', status: 409, method: 'POST', critical: true },
};
