import { expect } from '@open-wc/testing';
import type { TFunction } from 'i18next';
import { adviseRetry, normalizeError } from '../../src/core.js';
import type { NormalizeInit, RetryAction, RetryMode, RetryState } from '../../src/core.js';
import { createI18n, describeError, NAMESPACE } from '../../src/i18n/index.js';

/**
 * End to end, as an operator meets it: a seed's own payload and status → the advice (which
 * buttons) → the English words. Each row quotes the seed sentence it answers to. The other
 * tests check each step on its own; this one catches steps that are right alone and wrong
 * together (a code message hidden by a kind's "may not have been saved", a refresh offered for
 * a problem no session can fix).
 */
type Row = [
  seed: string,
  input: unknown,
  init: NormalizeInit,
  expected: { retry: RetryMode; action: RetryAction; headline: string; next?: string },
  state?: RetryState,
];

const GET = (endpoint: string, status: number): NormalizeInit => ({
  method: 'GET',
  endpoint,
  status,
});
const POST = (endpoint: string, status: number): NormalizeInit => ({
  method: 'POST',
  endpoint,
  status,
});

const ROWS: Row[] = [
  // Fluent Commerce
  [
    'Fluent S0001E: "S Represents server Issues. Clients can not fix them themselves" / "Call support to set the setting for the client."',
    { errors: [{ code: 'S0001E', message: 'Entity level permission setting missing' }] },
    POST('/graphql', 200),
    {
      retry: 'never',
      action: 'contact-support',
      headline: 'A permission setting is missing on the service side.',
      next: 'Contact support and ask them to add the missing permission setting.',
    },
  ],
  [
    'Fluent S0001E on a read: still support, not an automatic retry',
    { errors: [{ code: 'S0001E', message: 'Entity level permission setting missing' }] },
    GET('/graphql', 200),
    {
      retry: 'never',
      action: 'contact-support',
      headline: 'A permission setting is missing on the service side.',
    },
  ],
  [
    'Fluent C0121E: "If a field in the input violates unique constraint" — the operator fixes the value',
    { errors: [{ code: 'C0121E', message: 'Unique constraint violation on field' }] },
    POST('/graphql', 200),
    {
      retry: 'never',
      action: 'fix-input',
      headline: 'A value that must be unique is already in use.',
      next: 'Choose a different value, then try again.',
    },
  ],
  [
    'Fluent GraphQL "General Errors" {"errors":[{"code":"401"}]} with HTTP 200',
    { errors: [{ code: '401', message: 'Unauthorized' }] },
    GET('/graphql', 200),
    { retry: 'auto', action: 'refresh-session', headline: 'Your session expired.' },
  ],
  [
    'Fluent GraphQL {"errors":[{"code":"403"}]} with HTTP 200',
    { errors: [{ code: '403', message: 'Forbidden' }] },
    POST('/graphql', 200),
    {
      retry: 'never',
      action: 'check-access',
      headline: 'Your account is not allowed to make this change.',
    },
  ],
  [
    'Fluent POST /oauth/token 400 "Bad credentials": no session to refresh',
    { error: 'invalid_grant', error_description: 'Bad credentials' },
    POST('/oauth/token', 400),
    {
      retry: 'never',
      action: 'sign-in',
      headline: 'Your sign-in could not be confirmed.',
      next: 'Sign in again with your user name and password.',
    },
  ],
  [
    'Fluent 401 InvalidInput "Logged in user has no retailer": an account set-up, not a session',
    { errors: [{ code: 'InvalidInput', message: 'Logged in user has no retailer' }] },
    GET('/api/v4.1/job', 401),
    {
      retry: 'never',
      action: 'check-access',
      headline: 'Your account is not linked to a retailer.',
      next: 'Ask an administrator to link your account to a retailer, then sign in again.',
    },
  ],
  [
    'Fluent 500 "Unsupported HTTP operation": the same request fails the same way',
    { errors: [{ code: '500', message: "Request method 'GET' not supported" }] },
    GET('/api/v4.1/job', 500),
    {
      retry: 'never',
      action: 'contact-support',
      headline: 'The service does not support this action here.',
    },
  ],
  [
    'Fluent 500 "Internal Server Error" on a read: retried, cautiously',
    { errors: [{ code: '500', message: 'An unknown error occurred' }] },
    GET('/api/v4.1/workflow/', 500),
    {
      retry: 'auto',
      action: 'retry',
      headline: 'The service ran into a problem and could not load this.',
    },
  ],
  // Ormuco
  [
    'Ormuco 499 Token Required: "A token is required and was not provided."',
    {
      code: 499,
      title: 'Token Required',
      message: 'Token required',
      key: 'token_required',
      public: true,
    },
    GET('/api/orders', 499),
    {
      retry: 'never',
      action: 'sign-in',
      headline: 'You are not signed in.',
      next: 'Sign in, then try again.',
    },
  ],
  [
    'Ormuco 403 credit_card_check: the operator can fix the card',
    {
      code: 403,
      title: 'Credit card check failed',
      message: 'The credit card could not be verified',
      key: 'credit_card_check',
      public: true,
    },
    POST('/api/payments', 403),
    { retry: 'never', action: 'fix-input', headline: 'The card could not be verified.' },
  ],
  [
    'Ormuco 500 sql_multiple_results_found: "Verify the parameters or contact Ormuco with the given error_id."',
    {
      code: 500,
      title: 'Multiple results found',
      message: 'A single database result was required but more than one were found',
      key: 'sql_multiple_results_found',
      public: false,
      error_id: 'e-77',
    },
    GET('/api/orders', 500),
    {
      retry: 'never',
      action: 'contact-support',
      headline: 'The service found more than one match where it expected one.',
      next: 'Check the details you entered. If they look right, contact support with the reference.',
    },
  ],
  [
    'Ormuco 500 server_error: "Contact Ormuco with the given error_id" — a read may be retried first',
    {
      code: 500,
      title: 'Internal Server Error',
      message: 'Something wrong happened...',
      key: 'server_error',
      public: false,
    },
    GET('/api/orders', 500),
    {
      retry: 'auto',
      action: 'retry',
      headline: 'The service ran into a problem and could not load this.',
    },
  ],
  // OmniValVMS
  [
    'OmniValVMS 401: "use the refresh-token flow … Retry once only for reads"',
    '',
    GET('/api/vms/orders/17', 401),
    { retry: 'auto', action: 'refresh-session', headline: 'Your session expired.' },
  ],
  [
    'OmniValVMS 401 after the refresh: sign in',
    '',
    GET('/api/vms/orders/17', 401),
    {
      retry: 'never',
      action: 'sign-in',
      headline: 'You are no longer signed in.',
      next: 'Sign in again to continue.',
    },
    { refreshed: true },
  ],
  [
    'OmniValVMS 401 on a P0 write: "do not automatically replay the write … Reload the order, check history"',
    '',
    { ...POST('/api/vms/orders/17/activate', 401), critical: true },
    { retry: 'never', action: 'reload', headline: 'Your session expired.' },
  ],
  [
    'OmniValVMS 403: "Do not retry automatically"',
    { message: 'Forbidden' },
    GET('/api/vms/orders/17', 403),
    {
      retry: 'never',
      action: 'check-access',
      headline: 'Your account does not have access to this.',
    },
  ],
  [
    'OmniValVMS 409: reload and follow the current state',
    { message: 'Order state changed' },
    { method: 'PUT', endpoint: '/api/vms/orders/17', status: 409 },
    {
      retry: 'manual',
      action: 'reload',
      headline: 'The change was not saved because it conflicts with another change.',
    },
  ],
  [
    'OmniValVMS "Payment failed → Payment was not collected. Check payment history…": a P0 payment refused outright',
    { message: 'Payment failed' },
    { ...POST('/api/orders/17/payments', 402), critical: true },
    {
      retry: 'never',
      action: 'contact-support',
      headline: 'The change was not completed.',
      next: 'Check the history and the details, then try again only if nothing was recorded. Otherwise, contact support.',
    },
  ],
  [
    'OmniValVMS 409 "State conflict or duplicate action": not only an item changed meanwhile',
    { message: 'Duplicate action: the vendor was already assigned' },
    POST('/api/orders/17/assign', 409),
    {
      retry: 'manual',
      action: 'reload',
      headline: 'The change was not saved because it conflicts with another change.',
    },
  ],
  // Omilia
  [
    'Omilia 402 Request Failed: "The parameters were valid but the request failed."',
    '',
    POST('/api/calls', 402),
    {
      retry: 'never',
      action: 'contact-support',
      headline: 'The details were accepted, but the change could not be completed.',
    },
  ],
  [
    'Omilia 403 "No available licenses": a licence to free, not a role',
    { message: 'No available licenses' },
    POST('/api/sessions', 403),
    { retry: 'never', action: 'check-access', headline: 'There is no free license for this.' },
  ],
  // Omnium
  [
    'Omnium 429 with Retry-After: wait what the server says, then retry',
    { message: 'Too many concurrent requests for this user' },
    { ...GET('/api/orders', 429), headers: { 'Retry-After': '12' } },
    {
      retry: 'auto',
      action: 'retry',
      headline: 'You have too many actions running at once.',
      next: 'Try again in 12 seconds.',
    },
  ],
  [
    'Omnium 429 "Token bucket exhausted (… refills 1,000 every 10 seconds)": wait for the refill',
    { message: 'Rate limit exceeded: token bucket exhausted' },
    GET('/api/orders', 429),
    {
      retry: 'auto',
      action: 'retry',
      headline: 'The limit for now has been reached.',
      next: 'Wait a few seconds, then try again.',
    },
  ],
  [
    'Omnium 429 after the retries ran out: support, not "try again"',
    { message: 'Too many concurrent requests for this user' },
    GET('/api/orders', 429),
    {
      retry: 'never',
      action: 'contact-support',
      headline: 'You have too many actions running at once.',
      next: 'Trying again has not helped. Contact support.',
    },
    { attempt: 3 },
  ],
];

describe('the seeds, from payload to what the operator reads (English)', () => {
  let t: TFunction;
  before(() => {
    t = createI18n().getFixedT('en', NAMESPACE);
  });

  for (const [seed, input, init, expected, state] of ROWS) {
    it(seed, () => {
      const error = normalizeError(input, init);
      const advice = adviseRetry(error, state, { random: () => 0.5 });
      const text = describeError(error, t, advice);
      expect({ retry: advice.retry, action: advice.action }, 'advice').to.deep.equal({
        retry: expected.retry,
        action: expected.action,
      });
      expect(text.headline, 'headline').to.equal(expected.headline);
      if (expected.next) expect(text.nextStep, 'next step').to.equal(expected.next);
      // Whatever the advice, the words never promise what the buttons will not do.
      if (advice.retry === 'never') expect(text.nextStep).to.not.match(/^Try again in/);
      if (advice.action === 'contact-support') expect(text.nextStep).to.match(/contact support/i);
    });
  }

  it('says nothing failed again when the app allows no attempts, and sends to support once tried', () => {
    const error = normalizeError('', GET('/api/orders', 503));
    const none = adviseRetry(error, {}, { maxAttempts: 0 });
    expect(describeError(error, t, none).nextStep).to.equal(
      describeError(error, t, adviseRetry(error)).nextStep,
    );
    const tried = adviseRetry(error, { attempt: 1 }, { maxAttempts: 0 });
    expect(describeError(error, t, tried).nextStep).to.equal(
      'Trying again has not helped. Contact support.',
    );
  });
});
