import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const domainForbidden = {
  patterns: [
    { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'src/domain is pure TypeScript: no React.' },
    { group: ['dexie', 'dexie-*', 'dexie/*'], message: 'src/domain never touches storage: no Dexie.' },
    { group: ['electron', 'electron/*'], message: 'src/domain never touches the OS: no Electron.' },
    { group: ['**/db/**', '**/features/**', '**/ui/**', '**/app/**', '**/platform/**'], message: 'src/domain imports only itself.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', domainForbidden],
      // The DOM is out of bounds in the domain: name the globals that would reach it.
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'HTMLElement', 'location'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/*', '!**/src/platform', '**/src/app/**', '**/src/features/**', '**/src/ui/**', '**/src/db/**'], message: 'Main-process code must not import renderer modules; share only src/platform/contract.ts.' }] },
      ],
    },
  },
  {
    files: ['electron/tooling/**/*.mjs', 'test/bench/**/*.mjs', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
