// The kit's strings in an app's own i18next instance, with the settings apps really use, and the
// language the text is really in (a page in a language the kit does not ship reads English).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import i18next from 'i18next';
import '../../src/index.js';
import type { ErrorBanner, ErrorProvider, SupportChecklist } from '../../src/elements.js';
import { normalizeError } from '../../src/core.js';
import { createI18n } from '../../src/i18n/index.js';
import { liveRegion } from '../../src/controllers/announcer.js';
import { en } from '../../src/i18n/locales/en.js';
import { de } from '../../src/i18n/locales/de.js';

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const banner = (root: Element) => root.querySelector<ErrorBanner>('error-banner')!;
const part = (b: ErrorBanner, name: string) => b.shadowRoot!.querySelector(`[part~="${name}"]`);
const headline = (b: ErrorBanner) => text(part(b, 'headline'));
const forbidden = () => normalizeError('', { status: 403, method: 'GET' });

async function appInstance(options: Parameters<typeof i18next.init>[0]) {
  const app = i18next.createInstance();
  await app.init(options);
  return app;
}

/** The "Message from …" label a banner shows for a public 400 from `vendor`, in `app`. */
async function vendorLabel(app: ReturnType<typeof i18next.createInstance>, vendor: string) {
  const error = normalizeError({ message: 'Declined' }, { status: 400, method: 'POST', vendor });
  const root = await fixture<ErrorProvider>(
    html`<error-provider .i18n=${app}
      ><error-banner .error=${error}></error-banner
    ></error-provider>`,
  );
  const label = () => text(banner(root).shadowRoot!.querySelector('.detail-label'));
  await waitUntil(label, 'label shown');
  return label();
}

describe("the kit's strings in an app's i18next instance", () => {
  it('shows text once escaped, though the app kept i18next escaping on (its default)', async () => {
    const app = await appInstance({ lng: 'en', fallbackLng: 'en' });
    expect(await vendorLabel(app, 'AT&T Payments')).to.equal('Message from AT&T Payments');
  });

  it("says in English what the app's language lacks, though the app falls back to 'dev'", async () => {
    const app = await appInstance({ lng: 'sv', resources: { sv: { translation: { hi: 'Hej' } } } });
    const root = await fixture<ErrorProvider>(
      html`<error-provider .i18n=${app} lang="sv"
        ><error-banner .error=${forbidden()}></error-banner
      ></error-provider>`,
    );
    await waitUntil(() => headline(banner(root)), 'headline shown');
    expect(headline(banner(root))).to.equal(en.kinds.forbidden.headline);
  });

  it('finds its strings in an app that uses flat keys (keySeparator: false)', async () => {
    const app = await appInstance({ lng: 'en', fallbackLng: 'en', keySeparator: false });
    const root = await fixture<ErrorProvider>(
      html`<error-provider .i18n=${app}
        ><error-banner .error=${forbidden()}></error-banner
      ></error-provider>`,
    );
    await waitUntil(() => headline(banner(root)), 'headline shown');
    expect(headline(banner(root))).to.equal(en.kinds.forbidden.headline);
  });

  it('speaks English until the app initialises its instance, then uses it', async () => {
    const app = i18next.createInstance();
    const root = await fixture<ErrorProvider>(
      html`<error-provider .i18n=${app}
        ><error-banner .error=${forbidden()}></error-banner
      ></error-provider>`,
    );
    expect(headline(banner(root))).to.equal(en.kinds.forbidden.headline);
    await app.init({
      lng: 'en',
      fallbackLng: 'en',
      resources: { en: { faultline: { kinds: { forbidden: { headline: 'Ask your lead.' } } } } },
    });
    await waitUntil(() => headline(banner(root)) === 'Ask your lead.', "the app's own string");
  });

  it('tells an app that hands createI18n an instance before init() what to do', () => {
    expect(() => createI18n({ instance: i18next.createInstance() })).to.throw(
      TypeError,
      /init\(\)/,
    );
  });

  it('labels English text as English when the app does not support the language', async () => {
    const app = await appInstance({ lng: 'en', fallbackLng: 'en', supportedLngs: ['en', 'de'] });
    const root = await fixture<ErrorProvider>(
      html`<error-provider .i18n=${app} lang="fr"
        ><error-banner .error=${forbidden()}></error-banner
      ></error-provider>`,
    );
    const b = banner(root);
    await waitUntil(() => headline(b), 'headline shown');
    expect(headline(b)).to.equal(en.kinds.forbidden.headline);
    expect(part(b, 'base')!.getAttribute('lang')).to.equal('en');
  });
});

describe('a page in a right-to-left language the kit does not ship (Hebrew)', () => {
  it('says the English text is English and lays it out left to right', async () => {
    liveRegion('assertive').replaceChildren();
    const root = await fixture<HTMLElement>(
      html`<div lang="he" dir="rtl" style="width: 600px">
        <error-banner .error=${normalizeError('', { status: 401, method: 'GET' })}></error-banner>
      </div>`,
    );
    const b = banner(root);
    await waitUntil(() => liveRegion('assertive').lastElementChild, 'announced');
    const said = liveRegion('assertive').lastElementChild as HTMLElement;
    expect([said.lang, said.dir]).to.deep.equal(['en', 'ltr']);
    expect(part(b, 'base')!.getAttribute('lang')).to.equal('en');
    // The full stop ends the sentence on the right, not before its first letter.
    const node = part(b, 'headline')!.firstChild as Text;
    const range = document.createRange();
    const x = (at: number) => {
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().left;
    };
    expect(x(node.length - 1)).to.be.greaterThan(x(0));
  });
});

describe('lang on an ancestor that is neither <html> nor a provider', () => {
  it('re-renders the elements inside when it changes', async () => {
    const root = await fixture<HTMLElement>(
      html`<div lang="en"><error-banner .error=${forbidden()}></error-banner></div>`,
    );
    expect(headline(banner(root))).to.equal(en.kinds.forbidden.headline);
    root.setAttribute('lang', 'de');
    await waitUntil(() => headline(banner(root)) === de.kinds.forbidden.headline, 'in German');
  });
});

describe('nested providers', () => {
  it('keep what the outer one set and the inner one does not: redaction, contact, strings', async () => {
    const i18n = createI18n({
      resources: { en: { kinds: { forbidden: { headline: 'Ask your team lead.' } } } },
    });
    const outer = await fixture<ErrorProvider>(
      html`<error-provider
        .i18n=${i18n}
        support-email="help@example.com"
        .redact=${{ emails: true }}
      >
        <error-provider .context=${{ user: 'kari@example.com', ids: { orderId: '17' } }}>
          <error-banner .error=${forbidden()}></error-banner>
          <support-checklist
            .error=${normalizeError('', { status: 402, method: 'POST' })}
          ></support-checklist>
        </error-provider>
      </error-provider>`,
    );
    const checklist = outer.querySelector<SupportChecklist>('support-checklist')!;
    await checklist.updateComplete;
    expect(checklist.preview('text')).to.include('User: [redacted');
    expect(checklist.preview('text')).to.not.include('kari@example.com');
    expect(Boolean(checklist.shadowRoot!.querySelector('[part~="email-link"]'))).to.equal(true);
    expect(headline(banner(outer))).to.equal('Ask your team lead.');
  });
});

describe('providers moved and removed', () => {
  it('a nested provider moved out of the outer one drops what it took from it', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <error-provider support-email="outer@example.com" .redact=${{ emails: true }}>
          <error-provider .context=${{ user: 'kari@example.com' }}>
            <support-checklist
              .error=${normalizeError('', { status: 402, method: 'POST' })}
            ></support-checklist>
          </error-provider>
        </error-provider>
        <section></section>
      </div>`,
    );
    const inner = root.querySelectorAll<ErrorProvider>('error-provider')[1];
    const checklist = root.querySelector<SupportChecklist>('support-checklist')!;
    expect(checklist.preview('text')).to.not.include('kari@example.com');
    root.querySelector('section')!.append(inner);
    await inner.updateComplete;
    await checklist.updateComplete;
    expect(inner.config.redact).to.equal(undefined);
    expect(inner.config.contact).to.equal(undefined);
    expect(checklist.preview('text')).to.include('kari@example.com');
  });

  it('a provider removed before the app initialises its instance stops listening to it', async () => {
    const app = i18next.createInstance();
    // Who listens for 'initialized', as the app's instance sees it.
    const listening = new Set<unknown>();
    // Wrapped through a loose type: i18next types on/off per event name.
    const loose = app as unknown as Record<'on' | 'off', (event: string, fn: unknown) => unknown>;
    const { on, off } = loose;
    loose.on = (event, fn) => {
      if (event === 'initialized') listening.add(fn);
      return on.call(app, event, fn);
    };
    loose.off = (event, fn) => {
      if (event === 'initialized') listening.delete(fn);
      return off.call(app, event, fn);
    };
    const listeners = () => listening.size;
    const root = await fixture<ErrorProvider>(
      html`<error-provider .i18n=${app}
        ><error-banner .error=${forbidden()}></error-banner
      ></error-provider>`,
    );
    expect(listeners()).to.equal(1);
    root.remove();
    expect(listeners()).to.equal(0);
  });
});

describe('the direction of the text shown', () => {
  it('leaves an Arabic page right to left while the Arabic strings are on their way', async () => {
    const seen: (string | null)[] = [];
    const root = await fixture<ErrorProvider>(
      html`<error-provider .i18n=${createI18n()} lang="ar" dir="rtl"></error-provider>`,
    );
    const b = document.createElement('error-banner') as ErrorBanner;
    b.error = forbidden();
    new MutationObserver(() => seen.push(b.getAttribute('dir'))).observe(b, {
      attributes: true,
      attributeFilter: ['dir'],
    });
    root.append(b);
    await b.updateComplete;
    await waitUntil(() => part(b, 'base')?.getAttribute('lang') === 'ar', 'in Arabic');
    // Nothing to set: the page is right to left already, before and after.
    expect(seen).to.deep.equal([]);
  });

  it('finds a right-to-left page across shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="he" dir="rtl"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const b = document.createElement('error-banner') as ErrorBanner;
    b.error = forbidden();
    shadow.append(b);
    await b.updateComplete;
    expect(b.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(part(b, 'headline')!).direction).to.equal('ltr');
  });
});

describe("an app instance with its own interpolation markers ('%{…}')", () => {
  it("still fills in the kit's placeholders", async () => {
    const app = await appInstance({
      lng: 'en',
      fallbackLng: 'en',
      interpolation: { prefix: '%{', suffix: '}' },
    });
    expect(await vendorLabel(app, 'Omnium')).to.equal('Message from Omnium');
  });
});
