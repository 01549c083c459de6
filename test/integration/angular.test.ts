// The kit's tags in an Angular component template, as the README tells an app to write them:
// CUSTOM_ELEMENTS_SCHEMA, `[x]` for properties, `(faultline-*)` for the kit's events, signals for
// state under zoneless change detection (Angular's default since v21).
import { expect, waitUntil } from '@open-wc/testing';
import {
  bootstrapApplication,
  Component,
  CUSTOM_ELEMENTS_SCHEMA,
  provideZonelessChangeDetection,
  signal,
} from 'bundle:angular';
import type { ApplicationRef } from 'bundle:angular';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { normalizeError } from '../../src/core/normalize.js';
import type { SupportChecklist } from '../../src/elements/support-checklist/support-checklist.js';
import type { FaultlineSupportTicketEvent } from '../../src/events/support-ticket.js';
import { pressRetry } from '../elements/error-banner-helpers.js';
import type { ErrorBanner } from '../elements/error-banner-helpers.js';
import {
  checklistError,
  copyTicket,
  criticalWrite,
  expectCriticalWriteKept,
  expectNorwegian,
  expiredSession,
  fullContext,
  pressSignIn,
} from './framework-scenarios.js';

describe('in Angular', () => {
  let host: HTMLElement;
  let app: ApplicationRef | undefined;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });

  afterEach(() => {
    app?.destroy();
    app = undefined;
    host.remove();
  });

  /**
   * Bootstraps a standalone component with `template` and resolves with the first element
   * matching `selector` once Angular and that element have rendered. The component is
   * `state`'s class when it is one (methods and all, as an app writes it), else a class whose
   * fields are `state`'s.
   */
  async function mount<E extends LitElement = ErrorBanner>(
    template: string,
    state: Record<string, unknown> | (new () => object),
    selector = 'error-banner',
  ) {
    const Host: new () => object =
      typeof state === 'function'
        ? state
        : class {
            constructor() {
              Object.assign(this, state);
            }
          };
    // What the @Component decorator does, called as a function: no decorator transform needed.
    Component({ selector: 'fl-angular-host', template, schemas: [CUSTOM_ELEMENTS_SCHEMA] })(Host);
    host.append(document.createElement('fl-angular-host'));
    app = await bootstrapApplication(Host, { providers: [provideZonelessChangeDetection()] });
    await app.whenStable();
    const el = host.querySelector<E>(selector)!;
    await el.updateComplete;
    return el;
  }

  /** After a signal changes: Angular's scheduled render, then the element's own update. */
  async function settle(el?: ErrorBanner) {
    await app!.whenStable();
    await el?.updateComplete;
  }

  it('binds [error] as a property, keeping the operation that makes a write critical', async () => {
    const error = criticalWrite();
    const el = await mount('<error-banner [error]="error"></error-banner>', { error });
    expect(el.error).to.equal(error);
    await expectCriticalWriteKept(el);
  });

  it('calls a (faultline-sign-in) handler with the event when Sign in is pressed', async () => {
    const calls: Event[] = [];
    const el = await mount(
      '<error-banner [error]="error" refreshed (faultline-sign-in)="signIn($event)"></error-banner>',
      {
        error: expiredSession(),
        signIn: (e: Event) => calls.push(e),
      },
    );
    pressSignIn(el);
    expect(calls).to.have.length(1);
    expect(calls[0]!.type).to.equal('faultline-sign-in');
  });

  it('re-renders when a signal bound to [error] changes, and follows @if', async () => {
    const state = { shown: signal(true), error: signal<unknown>({ status: 503 }) };
    const el = await mount(
      '@if (shown()) {<error-banner [error]="error()" method="GET"></error-banner>}',
      state,
    );
    expect(el.normalizedError.kind).to.equal('unavailable');
    state.error.set({ status: 404 });
    await settle(el);
    expect(el.normalizedError.kind).to.equal('not_found');
    state.shown.set(false);
    await settle();
    expect(host.querySelector('error-banner')).to.equal(null);
  });

  it('speaks the language of an <error-provider> in the same template', async () => {
    const el = await mount(
      '<error-provider lang="nb"><error-banner [error]="error"></error-banner></error-provider>',
      { error: normalizeError('', { status: 404, method: 'GET' }) },
    );
    await expectNorwegian(el);
  });

  // The README's advice: an arrow-function field keeps `this`; Angular hands a method over
  // unbound, so the banner's call would find no component.
  it('runs an arrow-function [retryAction] from the built-in retry button, keeping its this', async () => {
    const successes: unknown[] = [];
    const el = await mount(
      '<error-banner [error]="error" [retryAction]="retry" (faultline-retry-success)="done($event)"></error-banner>',
      class {
        url = '/api/orders/17';
        error = normalizeError('', { status: 503, method: 'GET' });
        retry = async (signal: AbortSignal) => `${this.url} ${signal.aborted ? 'aborted' : 'sent'}`;
        done(e: CustomEvent<{ value: unknown }>) {
          successes.push(e.detail.value);
        }
      },
    );
    await pressRetry(el);
    await waitUntil(() => successes.length > 0, 'no faultline-retry-success reached Angular');
    expect(successes).to.deep.equal(['/api/orders/17 sent']);
  });

  it('gives <support-checklist> its [context] object and hears its ticket event', async () => {
    const tickets: FaultlineSupportTicketEvent[] = [];
    const el = await mount<SupportChecklist>(
      '<support-checklist [error]="error" [context]="context" (faultline-support-ticket)="sent($event)"></support-checklist>',
      {
        error: checklistError(),
        context: fullContext(),
        sent: (e: FaultlineSupportTicketEvent) => tickets.push(e),
      },
      'support-checklist',
    );
    await copyTicket(el, () => tickets.length > 0, 'Angular');
    expect(tickets[0]!.detail.ticket.fields.length).to.be.above(0);
  });
});
