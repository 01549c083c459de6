import { expect, fixture, html } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import '../../src/elements/error-provider/error-provider.define.js';
import type { ErrorProvider } from '../../src/elements/error-provider/error-provider.js';
import { faultlineContext } from '../../src/internal/context.js';
import type { FaultlineConfig } from '../../src/internal/context.js';

class ConfigProbe extends LitElement {
  seen: FaultlineConfig | undefined;
  consumer = new ContextConsumer(this, {
    context: faultlineContext,
    subscribe: true,
    callback: (value) => {
      this.seen = value;
    },
  });
}
customElements.define('config-probe', ConfigProbe);

describe('<error-provider>', () => {
  it('hands language, context, contact and policy to elements below it, across shadow roots', async () => {
    const el = await fixture<ErrorProvider>(html`
      <error-provider
        lang="nb"
        support-email="help@example.com"
        .context=${{ tenant: 'acme', environment: 'prod' }}
        .policy=${{ maxAttempts: 5 }}
      >
        <config-probe></config-probe>
      </error-provider>
    `);
    const probe = el.querySelector<ConfigProbe>('config-probe')!;
    expect(probe.seen?.lang).to.equal('nb');
    expect(probe.seen?.context?.tenant).to.equal('acme');
    expect(probe.seen?.contact?.email).to.equal('help@example.com');
    expect(probe.seen?.policy?.maxAttempts).to.equal(5);
  });

  it('tells subscribed elements when the language or context changes', async () => {
    const el = await fixture<ErrorProvider>(html`
      <error-provider lang="en"><config-probe></config-probe></error-provider>
    `);
    const probe = el.querySelector<ConfigProbe>('config-probe')!;
    el.setAttribute('lang', 'ar');
    el.context = { user: 'kari@example.com' };
    await el.updateComplete;
    expect(probe.seen?.lang).to.equal('ar');
    expect(probe.seen?.context?.user).to.equal('kari@example.com');
  });

  it('merges the contact attributes with a contact object, the object winning', async () => {
    const el = await fixture<ErrorProvider>(html`
      <error-provider
        support-url="https://help.example.com"
        support-phone="+47 22 12 01 01"
        .contact=${{ url: 'https://support.example.com' }}
      >
        <config-probe></config-probe>
      </error-provider>
    `);
    const probe = el.querySelector<ConfigProbe>('config-probe')!;
    expect(probe.seen?.contact).to.deep.equal({
      url: 'https://support.example.com',
      phone: '+47 22 12 01 01',
    });
  });

  it('does not change the layout of its children', async () => {
    const el = await fixture<ErrorProvider>(html`<error-provider><p>x</p></error-provider>`);
    expect(getComputedStyle(el).display).to.equal('contents');
  });
});
