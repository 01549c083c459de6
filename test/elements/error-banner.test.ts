import { expect, html, waitUntil } from '@open-wc/testing';
import type { TFunction } from 'i18next';
import sinon from 'sinon';
import { normalizeError } from '../../src/core/normalize.js';
import { ERROR_KINDS } from '../../src/core/types.js';
import { createI18n, NAMESPACE } from '../../src/i18n/index.js';
import '../../src/elements/error-provider/error-provider.define.js';
import { allFixtures } from '../fixtures/index.js';
import { SECRETS } from '../core/make-error.js';
import {
  banner,
  errorOf,
  expected,
  part,
  plain,
  q,
  textOf,
  translators,
} from './error-banner-helpers.js';
import type { ErrorBanner } from './error-banner-helpers.js';

const shown = (el: ErrorBanner) => ({
  headline: textOf(part(el, 'headline')),
  nextStep: textOf(part(el, 'next-step')),
});

describe('<error-banner> content', () => {
  let t: { en: TFunction; nb: TFunction; ar: TFunction };
  before(async () => {
    t = await translators();
  });

  it('turns a 401 on a read into "Your session expired." with a way to sign in again', async () => {
    const el = await plain(
      normalizeError('', { status: 401, method: 'GET', endpoint: '/api/orders/17' }),
    );
    expect(shown(el)).to.deep.equal({
      headline: 'Your session expired.',
      nextStep: 'Sign in again to continue.',
    });
    // The refresh-session action: the app renews the session, or sends the operator to sign in.
    expect(textOf(part(el, 'actions'))).to.equal(t.en('actions.refreshSession'));
  });

  it('normalizes a raw body itself, with method, endpoint, status and critical from attributes', async () => {
    const el = await banner(
      html`<error-banner
        .error=${''}
        status="504"
        method="POST"
        endpoint="/orders/17/activate"
        critical
      ></error-banner>`,
    );
    expect(el.normalizedError.kind).to.equal('timeout');
    expect(el.normalizedError.operation).to.include({ method: 'POST', critical: true });
    expect(shown(el)).to.deep.equal({
      headline: 'The change may not have been saved.',
      nextStep: 'Reload and check the history. Make the change again only if it is not there.',
    });
    expect(el.retryAdvice).to.include({ retry: 'never', action: 'reload' });
    expect(textOf(part(el, 'actions'))).to.equal('Reload');
  });

  it('says the generic, calm message for an error it knows nothing about', async () => {
    const el = await plain({ whatever: true });
    expect(shown(el)).to.deep.equal({
      headline: 'The action could not be completed.',
      nextStep: 'Try again. If it keeps happening, contact support.',
    });
  });

  for (const kind of ERROR_KINDS) {
    it(`shows the catalog's headline and next step for ${kind}, in English and Norwegian`, async () => {
      const error = errorOf(kind);
      const en = await plain(error);
      expect(en.normalizedError.kind).to.equal(kind);
      const wantEn = expected(en, t.en);
      expect(shown(en)).to.deep.equal({ headline: wantEn.headline, nextStep: wantEn.nextStep });

      const nb = await banner(html`<error-banner lang="nb" .error=${error}></error-banner>`);
      const wantNb = expected(nb, t.nb);
      expect(wantNb.headline).to.not.equal(wantEn.headline);
      await waitUntil(
        () => textOf(part(nb, 'headline')) === wantNb.headline,
        `nb headline for ${kind}`,
      );
      expect(textOf(part(nb, 'next-step'))).to.equal(wantNb.nextStep);
    });
  }

  it('shows every seed example the way the catalogs describe it, in English and Norwegian', async () => {
    const en = await plain({});
    const nb = await banner(html`<error-banner lang="nb" .error=${{}}></error-banner>`);
    await waitUntil(() => textOf(part(nb, 'headline')) === t.nb('kinds.unknown.headline'));
    for (const f of allFixtures) {
      const error = normalizeError(f.input, f.init);
      en.error = error;
      nb.error = error;
      await Promise.all([en.updateComplete, nb.updateComplete]);
      const want = expected(en, t.en);
      expect(shown(en), `${f.source}: ${f.name}`).to.deep.equal({
        headline: want.headline,
        nextStep: want.nextStep,
      });
      const wantNb = expected(nb, t.nb);
      expect(shown(nb), `nb ${f.source}: ${f.name}`).to.deep.equal({
        headline: wantNb.headline,
        nextStep: wantNb.nextStep,
      });
      const text = en.shadowRoot!.textContent!;
      if (!error.public && error.message) {
        expect(text, `${f.source}: ${f.name} leaks its private message`).to.not.include(
          error.message,
        );
      }
      if (error.public && want.detail)
        expect(textOf(q(en, '#detail')), f.name).to.equal(want.detail);
      if (error.errorId)
        expect(textOf(q(en, '#reference-value')), f.name).to.equal(error.errorId.trim());
      expect(
        en.querySelectorAll('*').length +
          en.shadowRoot!.querySelectorAll('img, script, iframe, object').length,
      ).to.equal(0);
    }
  });

  it('never shows a private message, stack trace or HTML page', async () => {
    const stack = 'TypeError: x is undefined\n    at Object.render (/srv/app/index.js:12:5)';
    const privateMessage = normalizeError(
      { message: 'db connection refused at 10.0.0.7', public: false },
      { status: 400 },
    );
    for (const error of [
      privateMessage,
      normalizeError({ message: stack }, { status: 500 }),
      normalizeError('<html><body><h1>502 Bad Gateway</h1><p>nginx/1.25.3</p></body></html>', {
        status: 502,
      }),
    ]) {
      const el = await plain(error);
      const text = el.shadowRoot!.textContent!;
      expect(part(el, 'detail')).to.equal(null);
      for (const secret of ['10.0.0.7', 'index.js', 'nginx', 'Bad Gateway'])
        expect(text).to.not.include(secret);
    }
  });

  it('shows a public message as a secondary detail, labelled with the service it came from', async () => {
    const el = await plain(
      normalizeError(
        {
          code: 409,
          title: 'Conflict',
          message: 'Order 17 changed',
          key: 'conflict',
          public: true,
          error_id: 'e-1',
        },
        { status: 409, method: 'PUT' },
      ),
    );
    expect(textOf(q(el, '#detail'))).to.equal('Order 17 changed');
    // The vendor's product name, not its id; the English sentence is the catalog's own.
    expect(textOf(q(el, '.detail-label'))).to.equal('Message from Ormuco');
    // A vendor the app names itself is shown as the app wrote it.
    const named = await plain(
      normalizeError(
        { code: 402, message: 'Card expired', key: 'expired_card', public: true },
        { status: 402, vendor: 'Acme Pay' },
      ),
    );
    expect(textOf(q(named, '.detail-label'))).to.equal('Message from Acme Pay');
    expect(q(el, '.toggle')).to.equal(null);
    const anonymous = await plain(
      normalizeError({ message: 'Quantity too high' }, { status: 400 }),
    );
    expect(textOf(q(anonymous, '.detail-label'))).to.equal('Message from the service');
  });

  it('clamps a long public message to three lines with a Show more / Show less toggle', async () => {
    const long =
      'The order could not be allocated because the warehouse reported that the stock level changed while it was being reserved by another operator. '.repeat(
        2,
      );
    const el = await banner(
      html`<error-banner
        style="inline-size: 24rem"
        .error=${normalizeError({ message: long }, { status: 422, method: 'POST' })}
      ></error-banner>`,
    );
    const toggle = q<HTMLButtonElement>(el, '.toggle')!;
    const detail = q(el, '#detail')!;
    expect(toggle.getAttribute('aria-controls')).to.equal('detail');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(toggle)).to.equal('Show more');
    expect(detail.scrollHeight).to.be.greaterThan(detail.clientHeight);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(toggle)).to.equal('Show less');
    expect(detail.scrollHeight).to.be.at.most(detail.clientHeight + 1);
  });

  it('offers "Show more" only while the three lines hide something, also after a resize', async () => {
    // 170 characters: long enough to be clamped, short enough for three wide lines.
    const message =
      'The warehouse reported that the stock level changed while another operator was reserving it, so the order could not be allocated this time.';
    const el = await banner(
      html`<error-banner
        style="inline-size: 60rem"
        .error=${normalizeError({ message: message.padEnd(170, '.') }, { status: 422 })}
      ></error-banner>`,
    );
    await waitUntil(() => q(el, '.toggle') === null, 'a toggle that shows nothing more');
    // Narrowed (a phone, a side panel): the lines now hide the end, and the toggle is back.
    el.style.inlineSize = '12rem';
    await waitUntil(() => q(el, '.toggle') !== null, 'no toggle for a clipped message');
    expect(textOf(q(el, '.toggle'))).to.equal('Show more');
    // New messages in the same three-line box: the box keeps its size, so only a fresh
    // measurement notices whether the new one is clipped.
    el.style.inlineSize = '32rem';
    await waitUntil(() => q(el, '.toggle') === null, 'the toggle stayed at 32rem');
    el.error = normalizeError({ message: `${message} ${message} ${message}` }, { status: 422 });
    await waitUntil(() => q(el, '.toggle') !== null, 'no toggle for a longer message');
    el.error = normalizeError({ message: message.padEnd(170, '.') }, { status: 422 });
    await waitUntil(() => q(el, '.toggle') === null, 'a toggle left from the longer message');
  });

  it('redacts secrets from every piece of service text it shows', async () => {
    const el = await plain(
      normalizeError(
        {
          message: `Upstream said ${SECRETS.bearer} for card ${SECRETS.card}`,
          errors: [{ field: 'card', message: `card ${SECRETS.card} declined` }],
        },
        { status: 400 },
      ),
    );
    const text = el.shadowRoot!.textContent!;
    expect(text).to.include('Upstream said');
    for (const s of [SECRETS.bearer.slice(7), SECRETS.card]) expect(text).to.not.include(s);
  });

  it('keeps HTML from any field as text: no element is created from the payload', async () => {
    const evil =
      '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>';
    const make = (s: string) =>
      normalizeError(
        {
          code: 400,
          title: s,
          message: s,
          key: 'bad_request',
          public: true,
          error_id: s,
          errors: [{ field: s, message: s }],
        },
        { status: 400, method: 'POST' },
      );
    const calm = await plain(make('plain words'));
    const el = await plain(make(evil));
    const count = (b: ErrorBanner) => b.shadowRoot!.querySelectorAll('*').length;
    expect(count(el)).to.equal(count(calm));
    expect(el.shadowRoot!.querySelectorAll('img, script, b')).to.have.length(0);
    expect(textOf(q(el, '#detail'))).to.include('<img src=x');
    expect(textOf(part(el, 'fields'))).to.include('<script>');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows and says nothing until an error is set, so it can wait in the page', async () => {
    const added: string[] = [];
    const watcher = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) added.push(n.textContent ?? '');
    });
    watcher.observe(document.body, { childList: true, subtree: true });
    const el = await banner(html`<error-banner></error-banner>`);
    await new Promise((r) => setTimeout(r, 300));
    watcher.disconnect();
    expect(el.shadowRoot!.textContent!.trim()).to.equal('');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(added.join(' ')).not.to.include(t.en('kinds.unknown.headline'));
    el.error = 42;
    await el.updateComplete;
    expect(textOf(part(el, 'headline'))).to.equal(t.en('kinds.unknown.headline'));
  });

  it('clears on null or undefined, as a framework passes "no error yet" (useState(null))', async () => {
    const el = await plain(null);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('');
    expect(el.hasAttribute('severity')).to.equal(false);
    for (const none of [null, undefined]) {
      el.error = errorOf('server');
      await el.updateComplete;
      expect(textOf(part(el, 'headline'))).to.equal(expected(el, t.en).headline);
      expect(el.getAttribute('severity')).to.equal('error');
      el.error = none;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent!.trim(), String(none)).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(el.hasAttribute('severity')).to.equal(false);
    }
  });

  it('shows the status of a fetch Response handed over as is', async () => {
    const el = await plain(
      new Response('{"message":"read by fromResponse only"}', {
        status: 503,
        headers: { 'Retry-After': '30', 'X-Request-Id': 'req-42' },
      }),
    );
    expect(el.normalizedError).to.include({ kind: 'unavailable', status: 503, errorId: 'req-42' });
    expect(textOf(part(el, 'next-step'))).to.equal('Try again in 30 seconds.');
    expect(textOf(part(el, 'reference'))).to.include('req-42');
  });

  describe('given garbage', () => {
    const cyclic: Record<string, unknown> = { message: 'loop' };
    cyclic.self = cyclic;
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const cases: [string, unknown][] = [
      ['a number', 42],
      ['false', false],
      ['an empty string', ''],
      ['a cyclic object', cyclic],
      ['a 5 MB string', huge],
      ['a symbol', Symbol('x')],
      [
        'a throwing proxy',
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('trap');
            },
            ownKeys: () => {
              throw new Error('trap');
            },
          },
        ),
      ],
    ];
    for (const [name, input] of cases) {
      it(`renders the generic message for ${name} without throwing`, async () => {
        const el = await plain(null);
        el.error = input;
        await el.updateComplete;
        expect(shown(el)).to.deep.equal({
          headline: t.en('kinds.unknown.headline'),
          nextStep: t.en('kinds.unknown.next'),
        });
        expect(el.shadowRoot!.textContent!.length).to.be.below(2000);
      });
    }
  });

  it('reflects severity from the error, for CSS', async () => {
    const warning = await plain(
      normalizeError(
        { errors: [{ code: 'C0100W', message: 'Date format deprecated' }] },
        { status: 200, method: 'POST' },
      ),
    );
    expect(warning.getAttribute('severity')).to.equal('warning');
    const error = await plain(errorOf('server'));
    expect(error.getAttribute('severity')).to.equal('error');
    expect(getComputedStyle(part(warning, 'base')!).borderInlineStartColor).to.not.equal(
      getComputedStyle(part(error, 'base')!).borderInlineStartColor,
    );
  });

  it('neither retries nor offers a retry for what went through with a warning', async () => {
    let runs = 0;
    const el = await banner(
      html`<error-banner
        auto-retry
        .error=${normalizeError(
          { errors: [{ code: 'T0100W', message: 'Carrier slow' }] },
          { status: 200, method: 'PUT' },
        )}
        .retryAction=${async () => runs++}
      ></error-banner>`,
    );
    expect(textOf(part(el, 'headline'))).to.equal('Done, but the service sent a warning.');
    expect(q(el, 'retry-button')).to.equal(null);
    expect(part(el, 'actions')!.classList.contains('empty')).to.equal(true);
    await new Promise((r) => setTimeout(r, 1200));
    expect(runs).to.equal(0);
  });

  it('gives its built-in retry button its own action colours: one primary colour, not two', async () => {
    const unavailable = normalizeError('', { status: 503, method: 'GET' });
    const retryBase = async (el: ErrorBanner) => {
      const retry = q<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'retry-button')!;
      await retry.updateComplete;
      return getComputedStyle(retry.shadowRoot!.querySelector('[part~="base"]')!);
    };
    const el = await banner(
      html`<error-banner .error=${unavailable} .retryAction=${async () => 1}></error-banner>`,
    );
    const accent = getComputedStyle(part(el, 'base')!).borderInlineStartColor;
    expect(accent).to.equal('rgb(179, 38, 30)');
    expect((await retryBase(el)).backgroundColor).to.equal(accent);
    // The app's own retry-button tokens still win.
    const themed = await banner(
      html`<error-banner
        style="--faultline-retry-background: rgb(0, 80, 0)"
        .error=${unavailable}
        .retryAction=${async () => 1}
      ></error-banner>`,
    );
    expect((await retryBase(themed)).backgroundColor).to.equal('rgb(0, 80, 0)');
  });

  it('names itself after the severity and headline, and is not a live region', async () => {
    const el = await plain(errorOf('server'));
    const base = part(el, 'base')!;
    expect(base.getAttribute('role')).to.equal('group');
    // Its accessible name: the severity, a pause, then the headline the operator reads.
    const { en } = await translators();
    expect(base.getAttribute('aria-label')).to.equal(
      `${en('severity.error')}${en('banner.separator')}${textOf(part(el, 'headline'))}`,
    );
    expect(base.getAttribute('aria-label')).to.match(/^Error: \S/);
    expect(el.shadowRoot!.querySelector('[role="alert"], [role="status"], [aria-live]')).to.equal(
      null,
    );
    const icon = part(el, 'icon')!;
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    const page = await banner(
      html`<error-banner variant="page" .error=${errorOf('server')}></error-banner>`,
    );
    expect(part(page, 'base')!.getAttribute('role')).to.equal('region');
  });

  it('lists field errors and says which fields to check', async () => {
    const el = await plain(
      normalizeError(
        { errors: { email: ['is invalid', 'has already been taken'], name: ["can't be blank"] } },
        { status: 422, method: 'POST' },
      ),
    );
    const items = [...part(el, 'fields')!.querySelectorAll('li')].map(textOf);
    expect(items).to.deep.equal([
      'email: is invalid',
      'email: has already been taken',
      "name: can't be blank",
    ]);
    expect(textOf(q(el, '.fields-heading'))).to.equal('Check these fields');
    expect(part(el, 'fields')!.querySelector('ul')!.getAttribute('aria-labelledby')).to.equal(
      'fields-heading',
    );
  });

  it('follows a language change of an ancestor and of the page', async () => {
    const wrap = await banner(
      html`<div lang="en"><error-banner .error=${errorOf('forbidden')}></error-banner></div>`,
    );
    const holder = wrap.parentElement!;
    holder.setAttribute('lang', 'ar');
    wrap.requestUpdate();
    await waitUntil(() => textOf(part(wrap, 'headline')) === expected(wrap, t.ar).headline);
    expect(wrap.getAttribute('dir')).to.equal('rtl');
    expect(part(wrap, 'base')!.getAttribute('lang')).to.equal('ar');
  });

  it('follows a change of its own lang attribute, and back', async () => {
    const el = await banner(html`<error-banner .error=${errorOf('forbidden')}></error-banner>`);
    el.setAttribute('lang', 'ar');
    await waitUntil(() => textOf(part(el, 'headline')) === expected(el, t.ar).headline);
    expect(el.getAttribute('dir')).to.equal('rtl');
    el.setAttribute('lang', 'en');
    await waitUntil(() => textOf(part(el, 'headline')) === expected(el, t.en).headline);
    expect(el.hasAttribute('dir')).to.equal(false);
  });

  it('picks up strings the app adds or overrides after the banner is shown', async () => {
    const i18n = createI18n();
    const error = errorOf('conflict');
    const el = await banner(
      html`<error-provider .i18n=${i18n}
        ><error-banner .error=${error}></error-banner
      ></error-provider>`,
    );
    const twin = await banner(
      html`<error-provider .i18n=${i18n}
        ><error-banner .error=${error}></error-banner
      ></error-provider>`,
    );
    expect(textOf(part(el, 'actions'))).to.equal('Reload');
    i18n.addResourceBundle(
      'en',
      NAMESPACE,
      {
        kinds: { conflict: { write: { headline: 'Order 17 moved on.' } } },
        actions: { reload: 'Refresh order' },
      },
      true,
      true,
    );
    await waitUntil(() => textOf(part(el, 'headline')) === 'Order 17 moved on.', 'new headline');
    await waitUntil(
      () => textOf(part(twin, 'headline')) === 'Order 17 moved on.',
      'new headline in the twin',
    );
    expect(textOf(part(el, 'actions'))).to.equal('Refresh order');
  });

  it('logs no warnings (no Lit dev-mode warnings either)', async () => {
    const warn = sinon.spy(console, 'warn');
    try {
      const el = await banner(
        html`<error-banner
          dismissible
          .error=${errorOf('validation')}
          .retryAction=${async () => 1}
        ></error-banner>`,
      );
      el.error = errorOf('server');
      await el.updateComplete;
      el.variant = 'toast';
      await el.updateComplete;
      expect(warn.getCalls().map((c) => String(c.args[0]))).to.deep.equal([]);
    } finally {
      warn.restore();
    }
  });
});
