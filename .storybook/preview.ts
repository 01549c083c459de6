import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';
import './preview.css';

setCustomElementsManifest(manifest);

/**
 * Every story renders inside an <error-provider> that follows the toolbar: language, direction,
 * and a theme (light, dark, or a forced-colors approximation using system colours).
 */
const withToolbar: Decorator = (story, { globals }) => {
  const locale = (globals.locale as string) ?? 'en';
  const dir = (globals.dir as string) ?? 'auto';
  const theme = (globals.theme as string) ?? 'light';
  const resolvedDir = dir === 'auto' ? (locale === 'ar' ? 'rtl' : 'ltr') : dir;
  document.documentElement.lang = locale;
  return html`<div class="faultline-story" data-theme=${theme} dir=${resolvedDir}>
    <error-provider lang=${locale}>${story()}</error-provider>
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withToolbar],
  globalTypes: {
    locale: {
      description: 'Language of the operator messages',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'nb', title: 'Norsk bokmål' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'From language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Background and colours',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark background' },
          { value: 'forced', title: 'Forced colours (approximation)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', dir: 'auto', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};
export default preview;
