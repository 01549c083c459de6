import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import { defaultI18n, loadLocale } from '../src/index.js';
import { cssPropertyStyles, liveControls } from './controls.js';
import { prepareManifest } from './manifest.js';
import './preview.css';

setCustomElementsManifest(prepareManifest(manifest));

/**
 * Non-English catalogs are lazy chunks. The elements re-render by themselves when a chunk arrives,
 * but loading it before the story renders means a switched language shows at once, without a
 * flash of English (and screenshots never catch the fallback).
 */
const withLocale = async ({ globals }: { globals: Record<string, unknown> }) => {
  await loadLocale(defaultI18n(), (globals.locale as string) ?? 'en').catch(() => undefined);
  return {};
};

/**
 * Every story renders inside an <error-provider> that follows the toolbar: language, direction,
 * and a theme (light, dark, or a forced-colors approximation using system colours). The CSS
 * custom property controls (`--faultline-…`) are set on the wrapper, so every element below
 * inherits them.
 */
const withToolbar: Decorator = (story, { globals, args }) => {
  const locale = (globals.locale as string) ?? 'en';
  const dir = (globals.dir as string) ?? 'auto';
  const theme = (globals.theme as string) ?? 'light';
  const resolvedDir = dir === 'auto' ? (locale === 'ar' ? 'rtl' : 'ltr') : dir;
  document.documentElement.lang = locale;
  return html`<div
    class="faultline-story"
    data-theme=${theme}
    dir=${resolvedDir}
    style=${styleMap(cssPropertyStyles(args))}
  >
    <error-provider lang=${locale}>${story()}</error-provider>
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withToolbar],
  argTypesEnhancers: [liveControls],
  loaders: [withLocale],
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
