import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'storybook-static/', 'coverage/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      'wc/require-listener-teardown': 'error',
      'wc/guard-super-call': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` array instead of an enum.' },
        { selector: 'TSModuleDeclaration[kind="namespace"]', message: 'No namespaces.' },
        { selector: 'TSParameterProperty', message: 'No parameter properties.' },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Server text is always text: no innerHTML.',
        },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Server text is always text.' }] },
      ],
    },
  },
  {
    // Core is pure TypeScript: no Lit, no elements.
    files: ['src/core/**/*.ts', 'src/core.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        // `**/` so a file in core/adapters cannot reach i18n through '../../i18n/…' either.
        { patterns: [{ group: ['lit', 'lit/*', '@lit/*', 'i18next', 'i18next/*', '**/elements/*', '**/controllers/*', '**/i18n/*', '**/internal/*', '**/events/*'], message: 'faultline/core must not import Lit, i18next, the DOM layer or i18n.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'No .only in committed tests.' },
        { object: 'describe', property: 'only', message: 'No .only in committed tests.' },
      ],
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
