import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** A relative import that climbs into one of the src folders named, e.g. `../../db/repositories/x`. */
const into = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

const LAYER_RULES = {
  react: { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-router', 'dexie-react-hooks'], message: 'Only screens, hooks and the shell use React.' },
  dexie: { group: ['dexie', 'dexie/*', 'dexie-*'], message: 'Only src/db touches storage: go through a repository.' },
  electron: { group: ['electron', 'electron/*'], message: 'The renderer never touches the OS: go through src/platform.' },
  domainOnly: { regex: into('db', 'features', 'ui', 'app', 'platform', 'shared', 'demo'), message: 'src/domain imports only itself.' },
  dbOnlyDomain: { regex: into('features', 'ui', 'app', 'platform', 'shared', 'demo'), message: 'src/db imports src/domain only.' },
  uiPresentational: {
    regex: `${into('db', 'features', 'app', 'demo')}|^(\\.\\./)+shared/(?!settings-context$)`,
    message: 'src/ui is presentational: props in, markup out; no db, app, features or shared hooks (the display settings context aside).',
  },
  sharedBelowFeatures: { regex: into('features', 'app'), message: 'src/shared is used by features and the shell, and never uses them.' },
  noApp: { regex: into('app'), message: 'Features never reach into the app shell; the shell mounts them.' },
  noDbInScreens: { regex: into('db'), message: 'A screen (.tsx) reads and writes only through its feature\'s hooks, never db.' },
  appMountsFeatures: {
    regex: '^(\\.\\./)+features/[^/]+/(?![A-Z][A-Za-z]+Screen$).+',
    message: 'The shell imports a feature through its public entry (features/<area>) or its lazily loaded screen only.',
  },
};

const otherFeatures = (feature) => ({
  regex: `^(\\.\\./)+(${FEATURES.filter((other) => other !== feature).join('|')})/.+`,
  message: 'Features use each other only through a feature\'s public entry (../<area>), never its files.',
});

/** One no-restricted-imports block per folder and file kind; in flat config a later block replaces a rule, so each lists all its patterns. */
function restrictedImports(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

const layerBlocks = [
  restrictedImports(['src/domain/**/*.ts'], [LAYER_RULES.react, LAYER_RULES.dexie, LAYER_RULES.electron, LAYER_RULES.domainOnly]),
  restrictedImports(['src/db/**/*.ts'], [LAYER_RULES.react, LAYER_RULES.electron, LAYER_RULES.dbOnlyDomain]),
  restrictedImports(['src/ui/**/*.{ts,tsx}'], [LAYER_RULES.dexie, LAYER_RULES.electron, LAYER_RULES.uiPresentational]),
  restrictedImports(['src/shared/**/*.ts'], [LAYER_RULES.electron, LAYER_RULES.sharedBelowFeatures]),
  restrictedImports(['src/shared/**/*.tsx'], [LAYER_RULES.dexie, LAYER_RULES.electron, LAYER_RULES.sharedBelowFeatures, LAYER_RULES.noDbInScreens]),
  restrictedImports(['src/demo/**/*.ts'], [LAYER_RULES.react, LAYER_RULES.dexie, LAYER_RULES.electron, { regex: into('features', 'ui', 'app', 'shared', 'platform'), message: 'The demo data is records and the types that hold them, nothing of the screens.' }]),
  restrictedImports(['src/app/**/*.ts'], [LAYER_RULES.dexie, LAYER_RULES.electron, LAYER_RULES.appMountsFeatures, { regex: into('db'), message: 'The shell reads and writes through shared or feature hooks, never db.' }]),
  restrictedImports(['src/app/**/*.tsx'], [LAYER_RULES.dexie, LAYER_RULES.electron, LAYER_RULES.appMountsFeatures, LAYER_RULES.noDbInScreens]),
  ...FEATURES.flatMap((feature) => [
    restrictedImports([`src/features/${feature}/**/*.ts`], [LAYER_RULES.electron, LAYER_RULES.noApp, otherFeatures(feature)]),
    restrictedImports([`src/features/${feature}/**/*.tsx`], [LAYER_RULES.dexie, LAYER_RULES.electron, LAYER_RULES.noApp, otherFeatures(feature), LAYER_RULES.noDbInScreens]),
  ]),
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'release/**', 'node_modules/**', 'coverage/**'] },
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
  ...layerBlocks,
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
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
    files: ['electron/tooling/**/*.mjs', 'test/bench/**/*.mjs', 'test/visual/**/*.mjs', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
