// Type-checked by `npm run typecheck`, never run: what `faultline/react` lets TSX say, and what
// it refuses. Each @ts-expect-error fails the typecheck if the line it guards ever compiles.
import type {} from '../../src/react.js';
import { normalizeError } from '../../src/core/normalize.js';
import type { FaultlineSignInEvent } from '../../src/events/sign-in.js';
import type { SupportTicket } from '../../src/core/ticket.js';

const error = normalizeError('', { status: 401, method: 'GET' });

export const ok = (
  <error-provider lang="nb" supportEmail="help@example.com">
    <error-banner
      error={error}
      dismissible
      variant="toast"
      retryAction={async (signal: AbortSignal) => fetch('/api/orders', { signal })}
      fieldTargets={{ email: 'email-input' }}
      onfaultline-sign-in={(e: FaultlineSignInEvent) => e.detail.error.kind}
      onfaultline-dismiss={(e) => e.preventDefault()}
    />
    <retry-button error={error} action={async () => 1} auto />
    <support-checklist
      error={error}
      onfaultline-support-ticket={(e) => (e.detail.ticket satisfies SupportTicket).missing}
    />
  </error-provider>
);

export const misspeltProp = (
  // @ts-expect-error: no such property
  <error-banner eror={error} />
);

export const wrongVariant = (
  // @ts-expect-error: not one of inline, toast, page
  <error-banner variant="modal" />
);

export const wrongHandler = (
  // @ts-expect-error: the handler expects another event's detail
  <error-banner onfaultline-sign-in={(e: CustomEvent<{ text: string }>) => e.detail.text} />
);

export const getterOnly = (
  // @ts-expect-error: read-only, the banner works it out from `error`
  <error-banner normalizedError={error} />
);

export const method = (
  // @ts-expect-error: a method, not a property to set
  <error-banner dismiss={() => true} />
);

export const output = (
  // @ts-expect-error: the banner takes its severity from the error
  <error-banner severity="warning" />
);
