/**
 * The kit as an app under a strict CSP would use it: the default entry point (registers the
 * tags), elements created with the DOM API (no inline script, no inline style) and a real error.
 */
import '../../../src/index.js';
import { normalizeError } from '../../../src/core.js';
import type { ErrorBanner, RetryButton, SupportChecklist } from '../../../src/elements.js';

const error = normalizeError(
  {
    code: 409,
    title: 'Conflict',
    message: 'The order moved on <img src=x onerror=alert(1)>',
    key: 'conflict',
    public: true,
    error_id: 'err-7f3a',
  },
  { status: 409, method: 'GET', endpoint: '/orders/17', headers: { 'x-request-id': 'req-1' } },
);
const server = normalizeError('', { status: 503, method: 'GET', headers: { 'retry-after': '1' } });

const provider = document.createElement('error-provider');
provider.setAttribute('support-email', 'help@example.com');

const banner = document.createElement('error-banner') as ErrorBanner;
banner.dismissible = true;
banner.error = error;

const retrying = document.createElement('error-banner') as ErrorBanner;
retrying.id = 'retrying';
retrying.error = server;
retrying.retryAction = async () => 'ok';

const button = document.createElement('retry-button') as RetryButton;
button.error = server;
button.action = async () => 'ok';

const checklist = document.createElement('support-checklist') as SupportChecklist;
checklist.error = error;
checklist.context = { tenant: 'acme' };

provider.append(banner, retrying, button, checklist);
document.getElementById('app')!.append(provider);

await Promise.all([
  banner.updateComplete,
  retrying.updateComplete,
  button.updateComplete,
  checklist.updateComplete,
]);
(window as unknown as { __ready: boolean }).__ready = true;
