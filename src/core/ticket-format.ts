import { redact } from './redact.js';
import type { RedactOptions } from './redact.js';
import type { SupportTicket, TicketFieldKey } from './ticket.js';

export const TICKET_FORMATS = ['text', 'markdown', 'json'] as const;
export type TicketFormat = (typeof TICKET_FORMATS)[number];

/**
 * English labels; elements pass their localized ones in `labels`. The same words as the English
 * catalog's `support.fields` (a test keeps them in step), so a ticket written by core and one
 * copied from `<support-checklist>` read alike, and "Reference" is what the banner called it.
 */
export const TICKET_LABELS_EN: Readonly<Record<TicketFieldKey, string>> = {
  client: 'Client / tenant',
  environment: 'Environment',
  ids: 'Related IDs',
  user: 'User',
  timestamp: 'Time',
  endpoint: 'Endpoint',
  operation: 'Operation',
  status: 'Status',
  message: 'Message',
  retries: 'Retries',
  history: 'What the history shows',
  errorId: 'Reference',
  description: 'What you were doing',
  steps: 'Steps to reproduce',
  vendor: 'Service',
  code: 'Code',
};

export interface TicketFormatOptions {
  labels?: Partial<Record<TicketFieldKey, string>>;
  redact?: RedactOptions;
}

// Text from vendors and operators must not turn into links, images or markup in a tracker: no
// inline marks, and nothing at a line's start that opens a block (a heading, quote, list, rule).
const escapeMarkdown = (s: string) =>
  s
    .replace(/[\\`*_[\]<>~]/g, '\\$&')
    .replace(/^(\s*)([#>+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');

/**
 * Writes the gathered fields as plain text (e-mail), Markdown (tracker) or JSON (API), in
 * TICKET_FIELDS order. Values are redacted again here, in case a ticket was built by hand.
 */
export function formatTicket(
  ticket: SupportTicket,
  format: TicketFormat,
  options?: TicketFormatOptions | null,
): string {
  // A misspelt format ('md', 'JSON') would otherwise come back as plain text, and fail far away
  // in a JSON.parse or a tracker.
  if (!TICKET_FORMATS.includes(format))
    throw new RangeError(`formatTicket: format must be one of ${TICKET_FORMATS.join(', ')}`);
  options ??= {};
  const md = format == 'markdown';
  const filled = ticket.fields
    .filter((f) => f.value)
    .map((f) => [f.key, redact(f.value!, options.redact)] as const);
  return format == 'json'
    ? JSON.stringify(Object.fromEntries(filled), null, 2)
    : filled
        .map(([key, value]) => {
          const label = options.labels?.[key] ?? TICKET_LABELS_EN[key];
          // A value's later lines are indented, so they stay part of its line item; in Markdown
          // each ends in a hard break, or a tracker would run "one step per line" together.
          const text = (md ? escapeMarkdown(value) : value).replace(
            /\r?\n/g,
            md ? '\\\n  ' : '\n  ',
          );
          return md ? `- **${label}:** ${text}` : `${label}: ${text}`;
        })
        .join('\n');
}
