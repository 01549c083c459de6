import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { TICKET_FORMATS, normalizeError } from '../src/index.js';
import { TICKET_FIELDS } from '../src/index.js';
import type { SupportContact, SupportContext, TicketFieldKey, TicketFormat } from '../src/index.js';
import { clickPart, drive, part, until, whileCopyFails } from './drive.js';
import { DEMO_CONTACT, DEMO_CONTEXT } from './examples.js';
import { GALLERY } from './vendor-gallery.js';
import { CHECKLIST_SOURCE } from './source.js';

const FILLS = ['nothing', 'half', 'everything'] as const;
type Fill = (typeof FILLS)[number];

type Handler = (e: Event) => void;

interface Args {
  /** How much the app already knows: nothing, half of the checklist, or all of it. */
  fill: Fill;
  format: TicketFormat;
  /** Retries already made (the retry button's count). */
  retries?: number;
  headingLevel: number;
  /** Show the support desk's e-mail, site and phone links. */
  withContact: boolean;
  /** The ticket fields that must be filled (all of the default checklist when unset). */
  required?: readonly TicketFieldKey[];
  /** Press the copy button when the story opens (a person's click). */
  clickCopy?: boolean;
  /** Make that click while copying is refused (no Clipboard API, no `execCommand`). */
  copyFails?: boolean;
  onFaultlineSupportTicket?: Handler;
  onFaultlineCopy?: Handler;
}

const correlated = GALLERY.get('omnivalvms/500 with correlation id');

/** A failed save with a correlation id: every ticket field can be filled. */
const failedSave = normalizeError(correlated?.input ?? '', {
  ...correlated?.init,
  method: 'POST',
  endpoint: '/api/orders/17/activate',
  operation: 'Activate draft order',
});

/** A failure the app knows little about: no request, no id. */
const bare = normalizeError(new TypeError('Failed to fetch'));

const CONTEXTS: Readonly<Record<Fill, SupportContext | undefined>> = {
  nothing: undefined,
  half: DEMO_CONTEXT,
  everything: {
    ...DEMO_CONTEXT,
    retries: 1,
    history: 'Order 17 shows "Activation requested" at 14:02, nothing after it.',
    description: 'Activating the draft order failed with a server error.',
    steps: '1. Open order 17\n2. Click Activate\n3. The error appears',
  },
};

/** Presses Copy, then waits for its outcome: the validation messages, "Copied" or the failure. */
const copy = async (el: HTMLElement) => {
  await clickPart(el, 'copy-button');
  await until(() => part(el, 'error') !== null || part(el, 'copy-status') !== null);
};

/** What a person (and the browser) did to reach the story's state: `clickCopy`, `copyFails`. */
const steps =
  ({ clickCopy, copyFails }: Args) =>
  async (el: HTMLElement) => {
    if (clickCopy) await (copyFails ? whileCopyFails(() => copy(el)) : copy(el));
  };

/**
 * `<support-checklist>` gathers what support needs about an error (the OmniValVMS checklist and
 * Omnium's "Getting help"): each field is shown as gathered or missing, the operator fills in
 * the rest, and the preview shows exactly what will be sent, redacted, as text, Markdown or
 * JSON, ready to copy or e-mail.
 */
const meta: Meta<Args> = {
  title: 'Elements/support-checklist',
  component: 'support-checklist',
  parameters: { docs: { source: { code: CHECKLIST_SOURCE, language: 'html', type: 'code' } } },
  render: (args) =>
    html`<support-checklist
      ${drive(args, steps(args))}
      .error=${args.fill === 'nothing' ? bare : failedSave}
      .context=${CONTEXTS[args.fill]}
      .contact=${args.withContact ? (DEMO_CONTACT as SupportContact) : undefined}
      .retries=${args.retries}
      .required=${args.required}
      format=${args.format}
      heading-level=${args.headingLevel}
      @faultline-support-ticket=${args.onFaultlineSupportTicket}
      @faultline-copy=${args.onFaultlineCopy}
    ></support-checklist>`,
  argTypes: {
    fill: {
      control: 'inline-radio',
      options: [...FILLS],
      description: 'How much the app already knows',
      table: { category: 'story' },
    },
    format: { control: 'inline-radio', options: [...TICKET_FORMATS] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    withContact: { control: 'boolean', table: { category: 'story' } },
    required: { control: 'check', options: [...TICKET_FIELDS] },
    retries: { control: { type: 'number', min: 0, max: 10 } },
    clickCopy: { table: { disable: true } },
    copyFails: { table: { disable: true } },
  },
  args: { fill: 'half', format: 'text', headingLevel: 2, withContact: true },
};
export default meta;

type Story = StoryObj<Args>;

/** The app knows nothing: every field the operator can fill is offered, most are missing. */
export const Empty: Story = { args: { fill: 'nothing', withContact: false } };

/** The app passed its context (client, environment, user, order id): half is gathered. */
export const HalfFilled: Story = { name: 'Half filled', args: { fill: 'half' } };

/** Everything is known: nothing is missing, the ticket is ready to send. */
export const Complete: Story = { args: { fill: 'everything' } };

/** The preview and copy in Markdown, for a ticket system. */
export const Markdown: Story = { args: { fill: 'everything', format: 'markdown' } };

/** The preview and copy as JSON, for an API. */
export const Json: Story = { name: 'JSON', args: { fill: 'everything', format: 'json' } };

/** An app that needs less: only the client, the time, the status and a description are required. */
export const FewerRequiredFields: Story = {
  name: 'Fewer required fields',
  args: { fill: 'nothing', required: ['client', 'timestamp', 'status', 'description'] },
};

/**
 * Copy pressed while required fields are empty: nothing is copied, each of them says what to
 * enter, and focus goes to the first.
 */
export const MissingFieldsAfterCopy: Story = {
  name: 'Missing fields after Copy',
  args: { fill: 'half', clickCopy: true },
};

/**
 * Copy pressed where the browser refuses to copy (no clipboard permission, an insecure page):
 * the checklist says so and points to the preview, which can be selected and copied by hand.
 */
export const CopyFailed: Story = {
  name: 'Copy failed',
  args: { fill: 'everything', clickCopy: true, copyFails: true },
};
