// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/** Layers import one way: ui → worker client → worker protocol → core. */
const NO_NETWORK = [
  { name: 'fetch', message: 'Ferry makes no network requests: nothing leaves the browser.' },
  { name: 'XMLHttpRequest', message: 'Ferry makes no network requests: nothing leaves the browser.' },
  { name: 'WebSocket', message: 'Ferry makes no network requests: nothing leaves the browser.' },
  { name: 'EventSource', message: 'Ferry makes no network requests: nothing leaves the browser.' },
  { name: 'RTCPeerConnection', message: 'Ferry makes no network requests: nothing leaves the browser.' },
];

/** From src/core the UI may import at run time only messages, issue codes, the two file schemas (targets, mapping profiles) and what a target's rules say of its fields' sources. */
const UI_CORE_IMPORTS = '(^|/)core/(?!(messages(/[\\w-]+)?|brand|issues|mapping/profile|schema/target|schema/field-links|text/fold)$)';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/', 'bench/mapping-corpus/**/*.py'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...NO_NETWORK],
      'no-restricted-properties': ['error', { object: 'navigator', property: 'sendBeacon', message: 'Ferry makes no network requests.' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react-dom/*', 'react-hook-form', '@tanstack/*'], message: 'src/core is pure: no React.' },
            { group: ['**/ui/**', '**/worker/**', '**/cli/**', 'node:*'], message: 'src/core imports nothing from the shells (ui, worker, cli) nor Node.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...NO_NETWORK, 'window', 'document', 'postMessage', 'self', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**', '**/cli/**', 'react', 'react-dom'], message: 'The worker layer knows nothing of the UI or the CLI.' }] }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      // Scrollable regions must take keyboard focus (WCAG 2.1.1).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['region'] }],
      // Ferry does not use the React Compiler; TanStack Virtual's API is fine without it.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: UI_CORE_IMPORTS,
              allowTypeImports: true,
              message: 'The UI talks to the worker client; from core it imports types, messages and the file schemas only (parsing and validation run in the worker).',
            },
            { group: ['**/worker/entry', '**/worker/handler'], message: 'The UI reaches the worker through worker/client only.' },
            { group: ['**/cli/**'], message: 'The UI does not import the CLI.' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Cells are rendered as text only.' }],
    },
  },
  {
    // The UI's integration tests run the worker's handler on the test thread (jsdom has no module workers).
    files: ['src/ui/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  ...['upload', 'map', 'review', 'export', 'targets'].map((step) => ({
    files: [`src/ui/steps/${step}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `(^\\.\\./|/steps/)(${['upload', 'map', 'review', 'export', 'targets'].filter((s) => s !== step).join('|')})(/|$)`,
              message: 'Steps never import each other; the wizard composes them.',
            },
            { regex: UI_CORE_IMPORTS, allowTypeImports: true, message: 'The UI talks to the worker client; from core it imports types, messages and the file schemas only.' },
          ],
        },
      ],
    },
  })),
);
