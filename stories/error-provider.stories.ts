import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { createI18n, LOCALES } from '../src/index.js';
import { APP_WORDS } from './app-words.js';
import { unused } from './controls.js';
import type { Locale } from '../src/index.js';
import { DEMO_CONTACT, DEMO_CONTEXT, exampleError, failAfter, succeedAfter } from './examples.js';
import { LANGUAGE_NAMES } from './playground.js';
import { PROVIDER_SOURCE } from './source.js';

interface Args {
  /**
   * The provider's `lang`: every faultline element below it speaks this language. Unset, the
   * story follows the toolbar's language.
   */
  lang?: Locale;
  supportEmail: string;
  supportUrl: string;
  supportPhone: string;
}

/**
 * `<error-provider>` hands the language, the support context and contact, and the retry policy
 * to every faultline element below it, so the app sets them once. It renders nothing itself.
 * Every story in this Storybook renders inside one that follows the toolbar; the stories here
 * nest their own to show what it changes.
 */
const meta: Meta<Args> = {
  title: 'Elements/error-provider',
  component: 'error-provider',
  parameters: { docs: { source: { code: PROVIDER_SOURCE, language: 'html', type: 'code' } } },
  render: ({ lang, supportEmail, supportUrl, supportPhone }) =>
    html`<error-provider
      lang=${lang ?? nothing}
      support-email=${supportEmail}
      support-url=${supportUrl}
      support-phone=${supportPhone}
    >
      <error-banner .error=${exampleError('request_failed')}></error-banner>
    </error-provider>`,
  argTypes: {
    lang: { control: 'select', options: [...LOCALES], description: 'Language of the subtree' },
    supportEmail: { control: 'text', description: 'Support e-mail' },
    supportUrl: { control: 'text', description: 'Support site' },
    supportPhone: { control: 'text', description: 'Support phone' },
  },
  args: {
    supportEmail: DEMO_CONTACT.email,
    supportUrl: DEMO_CONTACT.url,
    supportPhone: DEMO_CONTACT.phone,
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Contact details given as attributes: the banner links them next to "Contact support". */
export const WithContact: Story = { name: 'With support contact' };

/** Stories that give the elements their contact themselves (or none): the attributes do nothing. */
const NO_CONTACT_ATTRIBUTES = unused<Args>('supportEmail', 'supportUrl', 'supportPhone');

/** A language picker of the app's own sets the provider's `lang`; the elements follow. */
export const LanguageSwitch: Story = {
  name: 'Language switch',
  argTypes: NO_CONTACT_ATTRIBUTES,
  render: ({ lang }) => {
    const onChange = (e: Event) => {
      const select = e.target as HTMLSelectElement;
      select
        .closest('.language-switch')
        ?.querySelector('error-provider')
        ?.setAttribute('lang', select.value);
    };
    return html`<div class="language-switch">
      <label style="display: inline-grid; gap: 0.25rem; margin-block-end: 1rem"
        >Language of the app
        <select @change=${onChange}>
          ${LOCALES.map(
            (l) =>
              html`<option value=${l} ?selected=${l === (lang ?? document.documentElement.lang)}>
                ${LANGUAGE_NAMES[l]}
              </option>`,
          )}
        </select>
      </label>
      <error-provider lang=${lang ?? nothing} .contact=${DEMO_CONTACT}>
        <error-banner
          .error=${exampleError('server', { method: 'GET' })}
          .retryAction=${succeedAfter(1500)}
        ></error-banner>
      </error-provider>
    </div>`;
  },
};

/** The same failure in the five shipped languages; Arabic is laid out right to left. */
export const EveryLanguage: Story = {
  name: 'Every language',
  argTypes: unused<Args>('lang', 'supportEmail', 'supportUrl', 'supportPhone'),
  render: () =>
    html`<div style="display: grid; gap: 1rem">
      ${LOCALES.map(
        (l) =>
          html`<error-provider lang=${l}>
            <error-banner .error=${exampleError('unauthenticated')}></error-banner>
          </error-provider>`,
      )}
    </div>`,
};

/** The app's support context fills most of the checklist before the operator types anything. */
export const SupportContext: Story = {
  name: 'Support context',
  argTypes: NO_CONTACT_ATTRIBUTES,
  render: ({ lang }) =>
    html`<error-provider lang=${lang ?? nothing} .context=${DEMO_CONTEXT} .contact=${DEMO_CONTACT}>
      <support-checklist .error=${exampleError('server', { method: 'POST' })}></support-checklist>
    </error-provider>`,
};

/** A stricter policy for the subtree: one attempt, so the retry runs out after one failure. */
export const RetryPolicy: Story = {
  name: 'Retry policy (one attempt)',
  argTypes: NO_CONTACT_ATTRIBUTES,
  render: ({ lang }) =>
    html`<error-provider lang=${lang ?? nothing} .policy=${{ maxAttempts: 1 }}>
      <error-banner
        .error=${exampleError('unavailable')}
        .retryAction=${failAfter(1500)}
      ></error-banner>
    </error-provider>`,
};

/**
 * An app's own wording and a language the kit does not ship, as the README shows them: the
 * provider gets `createI18n({ resources })`. Each string given wins over the kit's; what the
 * Swedish strings leave out (the dismiss button's name, say) is said in English.
 */
const ownWords = createI18n({ resources: APP_WORDS });

export const OwnWords: Story = {
  name: 'Your own words and language',
  argTypes: unused<Args>('lang', 'supportEmail', 'supportUrl', 'supportPhone'),
  render: () =>
    html`<div style="display: grid; gap: 1rem">
      <error-provider lang="en" .i18n=${ownWords}>
        <error-banner .error=${exampleError('unavailable', { method: 'GET' })}></error-banner>
      </error-provider>
      <error-provider lang="sv" .i18n=${ownWords}>
        <error-banner dismissible .error=${exampleError('unauthenticated')}></error-banner>
      </error-provider>
    </div>`,
};
