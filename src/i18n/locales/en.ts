/**
 * English, the source catalog (namespace `faultline`). Every other locale has these keys.
 *
 * Copy rules (checked by test/i18n/catalog.test.ts over every locale): a headline says what
 * happened, `next` says what to do; no status codes or jargon in headlines; no "please",
 * "sorry", "oops" or "An error occurred"; at most two sentences; no blame ("invalid", "wrong").
 *
 * `kinds.<kind>` holds the message of each ErrorKind, with `read` / `write` / `critical`
 * variants where the situation differs; `codes.<code>` holds vendor codes exactly as the vendor
 * sends them (a code may set only `headline` or only `next`). describeError picks among them.
 */
export const en = {
  kinds: {
    validation: {
      headline: 'Some of the details were not accepted.',
      next: 'Correct the details you entered, then try again.',
      read: {
        headline: 'This could not be loaded with the details given.',
        next: 'Change the search or filter values, then try again.',
      },
      write: {
        headline: 'The change was not saved because some details need attention.',
        next: 'Correct the details you entered, then save again.',
      },
    },
    unauthenticated: {
      headline: 'Your session expired.',
      next: 'Sign in again to continue.',
      critical: {
        next: 'Sign in, then check the history before you repeat the change.',
      },
      refreshFailed: {
        headline: 'You are no longer signed in.',
        next: 'Sign in again to continue.',
      },
    },
    forbidden: {
      headline: 'Your account does not have access to this.',
      next: 'Ask an administrator to check your role and access.',
      write: {
        headline: 'Your account is not allowed to make this change.',
      },
    },
    not_found: {
      headline: 'This item could not be found.',
      next: 'Check the ID you used; the item may have been moved or deleted.',
      write: {
        headline: 'The item you are changing could not be found.',
        next: 'Reload to see whether it still exists, then check the ID you used.',
      },
    },
    conflict: {
      headline: 'This item changed since you opened it.',
      next: 'Reload to see its current state, then decide what to do.',
      write: {
        headline: 'The change was not saved because it conflicts with another change.',
        next: 'Reload and check the history, then make the change again only if it is still needed.',
      },
    },
    payload_too_large: {
      headline: 'This is too large to send.',
      next: 'Make it smaller, for example with fewer or smaller files, then try again.',
      write: {
        headline: 'The change was not saved because it is too large.',
      },
    },
    rate_limited: {
      headline: 'There were too many attempts in a short time.',
      next: 'Wait a moment, then try again.',
      critical: {
        next: 'Wait a moment and reload. Make the change again only if it is not in the history.',
      },
    },
    request_failed: {
      headline: 'The details were accepted, but the action could not be completed.',
      next: 'Trying again will not help. Contact support.',
      write: {
        headline: 'The details were accepted, but the change could not be completed.',
      },
      critical: {
        headline: 'The change was not completed.',
        next: 'Check the history and the details, then try again only if nothing was recorded. Otherwise, contact support.',
      },
    },
    timeout: {
      headline: 'The service took too long to answer.',
      next: 'Try again in a moment.',
      read: {
        headline: 'This took too long to load.',
      },
      write: {
        headline: 'The service took too long to answer, so the change may not have been saved.',
        next: 'Check whether the change was saved before you try again.',
      },
    },
    unavailable: {
      headline: 'The service is temporarily unavailable.',
      next: 'Try again in a moment.',
      write: {
        headline: 'The service is temporarily unavailable, so the change may not have been saved.',
        next: 'Check whether the change was saved before you try again.',
      },
    },
    server: {
      headline: 'The service ran into a problem.',
      next: 'Try again in a moment. If it keeps happening, contact support.',
      read: {
        headline: 'The service ran into a problem and could not load this.',
      },
      write: {
        headline: 'The service ran into a problem, so the change may not have been saved.',
        next: 'Check whether the change was saved before you try again.',
      },
    },
    network: {
      headline: 'The service could not be reached.',
      next: 'Check your internet connection, then try again.',
      write: {
        headline: 'The connection was lost, so the change may not have been saved.',
        next: 'When you are back online, check whether the change was saved before you try again.',
      },
    },
    aborted: {
      headline: 'The action was stopped before it finished.',
      next: 'Try again when you are ready.',
      write: {
        headline: 'The change was stopped before it finished and may not have been saved.',
        next: 'Check whether the change was saved before you try again.',
      },
    },
    unsupported: {
      headline: 'This action is not available here.',
      next: 'Reload the page. If it keeps happening, contact support.',
    },
    unknown: {
      headline: 'The action could not be completed.',
      next: 'Try again. If it keeps happening, contact support.',
      write: {
        headline: 'The change may not have been saved.',
        next: 'Check whether the change was saved before you try again.',
      },
    },
  },

  /** A critical (P0) write whose outcome is unknown: never replayed, the operator checks first. */
  critical: {
    headline: 'The change may not have been saved.',
    next: 'Reload and check the history. Make the change again only if it is not there.',
  },

  /** A warning on a response that succeeded (Fluent's `…W` codes with a 2xx): it went through. */
  passedWithWarning: {
    headline: 'Done, but the service sent a warning.',
    next: 'Check the warning. Nothing needs to be done again.',
  },

  /** Retries were allowed but are used up: support is the next step, not another try. */
  exhausted: {
    next: 'Trying again has not helped. Contact support.',
    write: 'Trying again has not helped. Check whether the change was saved, then contact support.',
  },

  /** The next step when the server said how long to wait (Retry-After, RetryInfo). */
  delay: {
    seconds_one: 'Try again in {{count}} second.',
    seconds_other: 'Try again in {{count}} seconds.',
    minutes_one: 'Try again in {{count}} minute.',
    minutes_other: 'Try again in {{count}} minutes.',
    hours_one: 'Try again in {{count}} hour.',
    hours_other: 'Try again in {{count}} hours.',
    /**
     * Beside a retry button that counts the wait down: no number that would stand still, and
     * still true once the wait is over or the button waits for the connection.
     */
    countdown: 'The button shows when this can be tried again.',
  },

  codes: {
    // Fluent Commerce, GraphQL errors[].code
    C0001E: {
      headline: 'This asks for too much data at once.',
      next: 'Narrow the search or show fewer records, then try again.',
    },
    C0100E: {
      headline: 'A date is not in the expected format.',
      next: 'Enter the date in UTC, then try again.',
    },
    C0101E: {
      headline: 'The date range has no start or end.',
      next: 'Add a start date, an end date or both, then try again.',
    },
    C0020E: {
      headline: 'Your role is missing some of the permissions this needs.',
      next: 'Ask an administrator for a role with the missing permissions.',
    },
    C0120E: {
      headline: 'Something this refers to could not be found, or your account cannot see it.',
      next: 'Check the IDs you used and that your account has access to those items.',
    },
    C0121E: {
      headline: 'A value that must be unique is already in use.',
      next: 'Choose a different value, then try again.',
    },
    C0122E: {
      headline: 'A number here cannot be negative.',
      next: 'Enter zero or a positive number, then try again.',
    },
    C0140E: {
      headline: 'Some required values are missing.',
      next: 'Fill in every required field, then try again.',
    },
    C0141E: {
      headline: 'A text is longer than allowed.',
      next: 'Shorten the text, then try again.',
    },
    S0001E: {
      headline: 'A permission setting is missing on the service side.',
      next: 'Contact support and ask them to add the missing permission setting.',
    },
    // Fluent Commerce, REST errors[].code
    InvalidInput: {
      next: 'Check the details. If they look right, ask an administrator to check your account setup.',
    },
    NotNull: {
      headline: 'A required value is missing.',
      next: 'Fill in every required field, then try again.',
    },
    // Fluent Commerce, event results (eventStatus)
    FAILED: {
      headline: 'The action was received, but processing it failed.',
      next: 'Check the current state of the item. If it has not changed, contact support with the reference.',
    },
    NO_MATCH: {
      headline: 'Nothing is set up to handle this action for this item.',
      next: 'Check the item and its status. If both look right, contact support with the reference.',
    },
    // OAuth (body `error` or WWW-Authenticate)
    invalid_grant: {
      headline: 'Your sign-in could not be confirmed.',
      next: 'Sign in again with your user name and password.',
    },
    invalid_token: {
      headline: 'Your session has ended.',
      next: 'Sign in again to continue.',
    },
    // Only the next step: SPEC's "Unauthorized" reads "Your session expired.", the kind's words.
    unauthorized: {
      next: 'Sign in again to continue.',
    },
    // Ormuco envelope `key`. Keys that only restate the status set `next` alone, so the
    // kind's read/write headline still applies.
    bad_request: {
      next: 'Correct the details, then try again.',
    },
    forbidden: {
      next: 'Ask an administrator to check that your account has access to this.',
    },
    card_declined: {
      headline: 'The card was not accepted.',
      next: 'Check the card details or use another card, then try again.',
    },
    credit_card_check: {
      headline: 'The card could not be verified.',
      next: 'Check the card details and that the card is still active, then try again.',
    },
    not_found: {
      next: 'Check the ID you used and that the item still exists.',
    },
    not_allowed: {
      headline: 'This action is not available for this item.',
      next: 'Reload the page. If it keeps happening, contact support.',
    },
    not_acceptable: {
      headline: 'The service could not accept this.',
      next: 'Trying again will not help. Contact support with the reference.',
    },
    request_timeout: {
      next: 'Try again in a moment. If it keeps happening, contact support with the reference.',
    },
    conflict: {
      next: 'Reload to see the current state, then check that your change still fits it.',
    },
    payload_too_large: {
      next: 'Send less at once, for example fewer or smaller files.',
    },
    too_many_requests: {
      next: 'Wait a moment, then try again. If it keeps happening, contact support.',
    },
    token_required: {
      headline: 'You are not signed in.',
      next: 'Sign in, then try again.',
    },
    server_error: {
      next: 'Try again in a moment. If it keeps happening, contact support with the reference.',
    },
    sql_multiple_results_found: {
      headline: 'The service found more than one match where it expected one.',
      next: 'Check the details you entered. If they look right, contact support with the reference.',
    },
    missing_defaul_value: {
      headline: 'The service is missing a default setting for this.',
      next: 'Check the details you entered. If it keeps happening, contact support with the reference.',
    },
    bad_gateway: {
      next: 'Try again in a moment. If it keeps happening, contact support with the reference.',
    },
    service_unavailable: {
      next: 'Try again in a moment. If it keeps happening, contact support with the reference.',
    },
    gateway_timeout: {
      next: 'Try again in a moment. If it keeps happening, contact support with the reference.',
    },
    // Omilia
    no_available_licenses: {
      headline: 'There is no free license for this.',
      next: 'Ask an administrator to free up or add a license.',
    },
    // Fluent sends these as InvalidInput (401) and a 500: the message tells them apart.
    no_retailer: {
      headline: 'Your account is not linked to a retailer.',
      next: 'Ask an administrator to link your account to a retailer, then sign in again.',
    },
    method_not_supported: {
      headline: 'The service does not support this action here.',
      next: 'Contact support with the reference. Trying again will not help.',
    },
    // Omnium rate limits (20 concurrent requests per user, 40 per tenant, a token bucket,
    // 4 concurrent batch operations)
    concurrency_limit: {
      headline: 'Too many actions are running at once.',
      next: 'Wait a moment, then try again.',
    },
    user_concurrency_limit: {
      headline: 'You have too many actions running at once.',
      next: 'Wait for some of them to finish, then try again.',
    },
    tenant_concurrency_limit: {
      headline: 'Your organization has too many actions running at once.',
      next: 'Wait a moment, then try again. If it happens often, ask support about higher limits.',
    },
    token_bucket_exhausted: {
      headline: 'The limit for now has been reached.',
      next: 'Wait a few seconds, then try again.',
    },
    batch_concurrency_limit: {
      headline: 'Too many batch jobs are running at once.',
      next: 'Wait until one of them finishes, then start this one again.',
    },
  },

  actions: {
    retry: 'Try again',
    retrying: 'Trying again…',
    retryIn_one: 'Try again in {{count}} second',
    retryIn_other: 'Try again in {{count}} seconds',
    retryInMinutes_one: 'Try again in {{count}} minute',
    retryInMinutes_other: 'Try again in {{count}} minutes',
    retryInHours_one: 'Try again in {{count}} hour',
    retryInHours_other: 'Try again in {{count}} hours',
    cancel: 'Cancel',
    signIn: 'Sign in',
    refreshSession: 'Sign in again',
    reload: 'Reload',
    contactSupport: 'Contact support',
    copy: 'Copy',
    copied: 'Copied',
    dismiss: 'Dismiss',
    showMore: 'Show more',
    showLess: 'Show less',
  },

  /** Before a manual retry of a write: the operator confirms the change was not saved. */
  confirm: {
    title: 'Try the change again?',
    body: 'Check the history first. Try again only if the change was not saved.',
    bodyCritical:
      'Repeating this change could apply it twice. Check the history first, and try again only if it is not there.',
    titleUnknown: 'Try again?',
    bodyUnknown: 'If this was a change, check that it was not saved before you try again.',
    confirm: 'Yes, try again',
    cancel: 'Cancel',
  },

  reference: {
    label: 'Reference',
    copy: 'Copy reference',
    copied: 'Reference copied',
  },

  banner: {
    /** Between the severity and the headline in the banner's accessible name. */
    separator: ': ',
    detail: 'Message from the service',
    detailFrom: 'Message from {{vendor}}',
    actions: 'What you can do',
  },

  /** The kit's vendor ids as the products are called, for `banner.detailFrom`. */
  vendors: {
    fluent: 'Fluent Commerce',
    ormuco: 'Ormuco',
    omilia: 'Omilia',
    omnium: 'Omnium',
    omnivalvms: 'OmniValVMS',
  },

  fields: {
    heading: 'Check these fields',
    general: 'General',
  },

  retry: {
    waiting_one: 'Trying again in {{count}} second',
    waiting_other: 'Trying again in {{count}} seconds',
    waitingMinutes_one: 'Trying again in {{count}} minute',
    waitingMinutes_other: 'Trying again in {{count}} minutes',
    waitingHours_one: 'Trying again in {{count}} hour',
    waitingHours_other: 'Trying again in {{count}} hours',
    running: 'Trying again…',
    offline: 'Waiting for the connection',
    ready: 'You can try again now.',
    succeeded: 'Trying again worked.',
    failed: 'That attempt did not work.',
    exhausted_one: 'Still failing after {{count}} attempt. Contact support.',
    exhausted_other: 'Still failing after {{count}} attempts. Contact support.',
    /** Why the retry button is not offered, by RetryAdvice.action, plus a critical write. */
    notAllowed: {
      retry: 'This cannot be tried again right now.',
      'refresh-session': 'Sign in again first, then try again.',
      'sign-in': 'Sign in first, then try again.',
      'fix-input': 'Correct the details first. Trying again unchanged would fail again.',
      reload: 'Reload first to see the current state.',
      'check-access': 'Trying again will not help until your access changes.',
      'verify-reference': 'First check the ID you used. Trying again unchanged would fail again.',
      'contact-support': 'Trying again will not help. Contact support.',
      none: 'This cannot be tried again.',
      critical: 'This change is not repeated from here, so it cannot happen twice.',
    },
  },

  /** Announced before the headline, for screen readers. */
  severity: {
    error: 'Error',
    warning: 'Warning',
  },

  support: {
    title: 'Information for support',
    progress: '{{gathered}} of {{total}} gathered',
    gathered: 'Gathered',
    missing: 'Missing',
    previewTitle: 'What you will send',
    /** Omnium's "Getting help" asks for screenshots, which a text ticket cannot carry. */
    attachHint: 'If you can, attach a screenshot of what you saw when you send this.',
    copyText: 'Copy as text',
    copyMarkdown: 'Copy as Markdown',
    copyJson: 'Copy as JSON',
    format: 'Format',
    formats: {
      text: 'Text',
      markdown: 'Markdown',
      json: 'JSON',
    },
    formTitle: 'Add what is missing',
    /** Over a checklist with nothing missing: the fields can still be corrected. */
    formTitleComplete: 'Check the details',
    copyFailed: 'Copying did not work. Select the preview and copy it from there.',
    sendEmail: 'Email support',
    emailShortened: 'The rest did not fit in this email. It has been copied: paste it here.',
    openSite: 'Open support site',
    call: 'Call {{phone}}',
    emailSubject: 'Support request: {{headline}}',
    fields: {
      client: 'Client / tenant',
      clientId: 'Client ID',
      tenant: 'Tenant',
      environment: 'Environment',
      ids: 'Related IDs',
      user: 'User',
      occurredAt: 'Time',
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
    },
    hints: {
      description: 'What were you trying to do, and what happened instead?',
      steps: 'One step per line.',
      history: 'For example: the order history shows no payment.',
      ids: 'For example: order 17.',
    },
    /** Shown when a field the ticket needs is still empty. */
    required: {
      clientId: 'Add the client ID',
      tenant: 'Add the tenant name',
      environment: 'Add the environment',
      ids: 'Add the IDs of the items involved',
      user: 'Add who attempted the action',
      history: 'Say what the history shows',
      description: 'Describe what you were doing',
      steps: 'List the steps that lead to the problem',
      retries: 'Enter how many times you tried again, or 0',
      generic: 'Fill in this field',
    },
  },
} as const;

/** The English catalog's type: the key set every locale must have. */
export type Catalog = typeof en;
