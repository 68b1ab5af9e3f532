// @ts-check
// Lint is where the architecture's import boundaries live (ARCHITECTURE.md, STYLE.md habit 1).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Browser globals that `shared/` must never touch: it runs in main, renderer, CLI and tests. */
const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'HTMLElement',
  'fetch',
  'XMLHttpRequest',
  'Worker',
].map((name) => ({ name, message: 'shared/ is pure: no DOM.' }));

const noNode = {
  paths: nodeBuiltins.map((name) => ({ name, message: 'No Node built-ins here.' })),
};

export const boundaryRules = {
  shared: {
    'no-restricted-imports': [
      'error',
      {
        ...noNode,
        paths: [...noNode.paths, { name: 'electron', message: 'shared/ never imports electron.' }],
        patterns: [
          { group: ['**/electron/**', '**/electron'], message: 'shared/ never imports electron/.' },
          { group: ['**/renderer/**', '**/renderer'], message: 'shared/ never imports renderer/.' },
        ],
      },
    ],
    'no-restricted-globals': ['error', ...domGlobals],
  },
  renderer: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          ...noNode.paths,
          { name: 'electron', message: 'renderer/ never imports electron.' },
        ],
        patterns: [
          {
            group: ['**/electron/**', '**/electron'],
            message: 'renderer/ never imports electron/.',
          },
          { group: ['**/test/**'], message: 'renderer/ never imports test code.' },
        ],
      },
    ],
  },
  core: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          { name: 'electron', message: 'electron/core/ runs under plain Node: no electron.' },
        ],
        patterns: [
          { group: ['electron/*'], message: 'electron/core/ runs under plain Node: no electron.' },
          {
            group: ['**/main/**', '**/preload/**'],
            message: 'core never reaches into main/preload.',
          },
          { group: ['**/renderer/**'], message: 'core never imports renderer/.' },
        ],
      },
    ],
  },
};

/** The renderer's boundary rule plus the libraries this file may not import directly. */
function rendererImports(/** @type {string[]} */ banned) {
  const [level, options] = boundaryRules.renderer['no-restricted-imports'];
  return {
    'no-restricted-imports': [
      level,
      {
        ...options,
        paths: [
          ...options.paths,
          ...banned.map((name) => ({
            name,
            message: `${name} is wrapped at one door; import the wrapper.`,
          })),
        ],
      },
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'release/**',
      'coverage/**',
      'test/lint/fixtures/**',
      'test/e2e/__screenshots__/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: [
      '**/*.{js,mjs,cjs}',
      'scripts/**',
      '*.config.ts',
      'test/**',
      'electron/cli/**',
      'bin/**',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  { files: ['shared/**/*.ts'], rules: boundaryRules.shared },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...boundaryRules.renderer,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  { files: ['electron/core/**/*.ts'], rules: boundaryRules.core },
  // One door per library (STYLE.md habit 4): Dexie only in renderer/data/, zustand only in the store factory.
  { files: ['renderer/**/*.{ts,tsx}'], rules: rendererImports(['dexie', 'zustand']) },
  { files: ['renderer/data/**/*.{ts,tsx}'], rules: rendererImports(['zustand']) },
  { files: ['renderer/state/create-store.ts'], rules: rendererImports(['dexie']) },
);
