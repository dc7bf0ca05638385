// ESLint (with typescript-eslint) is the project's one linter; Prettier is its one formatter.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint-layers.js';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'demo-output/**',
      'test-results/**',
      'playwright-report/**',
      'bench-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[property.name='innerHTML'][parent.type='AssignmentExpression']",
          message: 'Page data must stay text: never assign innerHTML in shipped code.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Page data must stay text: never insert HTML strings in shipped code.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: "Import `browser` from 'wxt/browser' so tests get the fake browser.",
            },
          ],
        },
      ],
    },
  },
  {
    // The project's layers (see eslint-layers.js); a test proves the rule fails where it should.
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { layers },
    rules: { 'layers/imports': 'error' },
  },
  {
    // Tests and scripts build fixtures from HTML strings on purpose.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
