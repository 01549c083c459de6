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
  try {
    const res = await fetch(url);
    if (!res.ok) banner.error = await fromResponse(res, { method: 'GET' });
  } catch (failure) {
    banner.error = failure; // offline, DNS, CORS: the request never got an answer
  }
  banner.addEventListener('faultline-refresh-session', () => location.assign('/login'));
</script>
`);

export const BANNER_RETRIED_SOURCE = code(`
<error-banner></error-banner>
<script type="module">
  import { fromResponse } from 'faultline';
  const banner = document.querySelector('error-banner');
  const url = '/api/orders';
  const load = (signal) => fetch(url, { signal });
  banner.retryAction = load; // the built-in "Try again" runs it
  const res = await load().catch((failure) => failure);
  if (!res.ok) banner.error = res instanceof Response ? await fromResponse(res) : res;
  // "Trying again worked." shows in the banner; clear it once the operator has seen it.
  banner.addEventListener('faultline-retry-success', () =>
    setTimeout(() => (banner.error = null), 5000),
  );
</script>
`);

export const BANNER_EXHAUSTED_SOURCE = code(`
<error-provider>
  <error-banner></error-banner>
</error-provider>
<script type="module">
  import { fromResponse } from 'faultline';
  // One attempt for this part of the app; after it, the banner says to contact support.
  document.querySelector('error-provider').policy = { maxAttempts: 1 };
  const banner = document.querySelector('error-banner');
  const load = (signal) => fetch('/api/orders', { signal });
  banner.retryAction = load;
  const res = await load().catch((failure) => failure);
  if (!res.ok) banner.error = res instanceof Response ? await fromResponse(res) : res;
  banner.addEventListener('faultline-contact-support', () => location.assign('/support'));
</script>
`);

export const RETRY_SOURCE = code(`
<retry-button auto></retry-button>
<script type="module">
  import 'faultline';
  const button = document.querySelector('retry-button');
  const load = (signal) => fetch('/api/orders/17', { signal });
  button.action = load;
  // What the first attempt threw, or its failed Response.
  const first = await load().catch((failure) => failure);
  if (!first.ok) button.error = first;
</script>
`);

export const CHECKLIST_SOURCE = code(`
<support-checklist></support-checklist>
<script type="module">
  import { fromResponse } from 'faultline';
  const checklist = document.querySelector('support-checklist');
  checklist.context = { clientId: 'C-42', environment: 'production', user: 'kari' };
  const res = await fetch('/api/orders/17/activate', { method: 'POST' });
  if (!res.ok) checklist.error = await fromResponse(res, { method: 'POST' });
  // The ticket is redacted; the event's error is not.
  checklist.addEventListener('faultline-support-ticket', (e) =>
    fetch('/support', { method: 'POST', body: JSON.stringify(e.detail.ticket) }),
  );
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
