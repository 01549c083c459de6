/**
 * What "Show code" on each element's docs page shows: how an app writes the element. The
 * generated snippet held the toolbar's wrapper and none of the properties (an error is an
 * object, so it never appears as an attribute), and pasted it rendered nothing. Each meta
 * writes `parameters` as an object literal: Storybook's CSF tools ignore one given by name.
 */
const code = (snippet: string) => snippet.trim();

export const BANNER_SOURCE = code(`
<error-banner dismissible></error-banner>
<script type="module">
  import { fromResponse } from 'faultline';
  const banner = document.querySelector('error-banner');
  const url = '/api/orders/17';
  banner.retryAction = (signal) => fetch(url, { signal });
  const res = await fetch(url);
  if (!res.ok) banner.error = await fromResponse(res, { method: 'GET' });
  banner.addEventListener('faultline-refresh-session', () => location.assign('/login'));
</script>
`);

export const RETRY_SOURCE = code(`
<retry-button auto></retry-button>
<script type="module">
  import 'faultline';
  const button = document.querySelector('retry-button');
  button.action = (signal) => fetch('/api/orders/17', { signal });
  button.error = failure; // what the first attempt threw, or its failed Response
</script>
`);

export const CHECKLIST_SOURCE = code(`
<support-checklist></support-checklist>
<script type="module">
  import 'faultline';
  const checklist = document.querySelector('support-checklist');
  checklist.context = { clientId: 'C-42', environment: 'production', user: 'kari' };
  checklist.error = failure;
  checklist.addEventListener('faultline-support-ticket', (e) => send(e.detail.ticket));
</script>
`);

export const PROVIDER_SOURCE = code(`
<error-provider lang="nb" support-email="help@example.com">
  <error-banner></error-banner>
  <support-checklist></support-checklist>
</error-provider>
<script type="module">
  import 'faultline';
  const provider = document.querySelector('error-provider');
  provider.context = { clientId: 'C-42', environment: 'production' };
  provider.policy = { maxAttempts: 2 };
</script>
`);
