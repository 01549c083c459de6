import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { BAD_BETTER_TABLES, badBetterTable } from './bad-better-table.js';
import type { BadBetterTable } from './bad-better-table.js';

interface Args {
  table: BadBetterTable;
}

/**
 * The live tables of the Bad → better page (bad-better.mdx). Each one is rendered from the
 * catalogs in the toolbar's language.
 */
const meta: Meta<Args> = {
  title: 'Pages/Bad → better',
  id: 'pages-bad-better',
  // The MDX page is this component's docs; no generated page besides it.
  tags: ['!autodocs'],
  render: ({ table }) => badBetterTable(table),
  argTypes: {
    table: { control: 'inline-radio', options: [...BAD_BETTER_TABLES], description: 'Which table' },
  },
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<Args>;

export const EveryKind: Story = { name: 'Every kind', args: { table: 'kinds' } };

export const WhenSaving: Story = { name: 'When a save fails', args: { table: 'writes' } };

export const VendorCodes: Story = { name: 'Vendor codes', args: { table: 'codes' } };
