// @ts-check
// Lint is where the architecture's import boundaries live (ARCHITECTURE.md, STYLE.md habit 1).
// Long on purpose (over 300 lines): every layer's and every library door's rule is here, in one
// file, because ESLint reads one flat config and a rule split across files would be easy to
// override by accident; each block is proved by a test in test/lint/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
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
          {
            // The services know nothing of the transport: electron/ipc/ (the adapter) and
            // shared/ipc/ (the channel map) sit above them. No folder of core is named ipc.
            group: ['**/ipc', '**/ipc/**'],
            message:
              'core imports neither the IPC adapter (electron/ipc/) nor the channel map (shared/ipc/).',
          },
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

// ---- Renderer layering (issue 8): each screen's folder stands alone, only state/ reaches main,
// and components read stores through selectors. test/lint/renderer-layering.test.ts proves each.
const rendererFeatures = readdirSync(new URL('./renderer/features/', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The renderer's usual import rules plus `extra` patterns, for one layer of the renderer. */
function rendererLayerImports(/** @type {object[]} */ extra) {
  const [level, options] = rendererImports(['dexie', 'zustand'])['no-restricted-imports'];
  return {
    'no-restricted-imports': [level, { ...options, patterns: [...options.patterns, ...extra] }],
  };
}

/** What a component (app/, features/, components/) may not import. */
const componentImportBans = [
  {
    regex: '(^|/)ipc/client$',
    message: 'Components never reach main: call an action from state/ (state/office-actions.ts).',
  },
  {
    regex: '(^|/)state/office-store$',
    importNames: ['startTask', 'keepError', 'showOverview', 'showStatus'],
    message: "The store's transitions belong to its action module: call an action from state/.",
  },
  {
    regex: '(^|/)state/identity-store$',
    importNames: ['startIdentityTask', 'keepIdentityError', 'showIdentities', 'showIdentityNotice'],
    message: "The store's transitions belong to its action module: call an action from state/.",
  },
];

/** The shell's store knows the screen registry, which imports every screen: screens stay out. */
const screenImportBans = [
  ...componentImportBans,
  {
    regex: '(^|/)state/ui-store$',
    message:
      "Screens read the language with useLocale() (app/i18n/locale-context.ts), not the shell's store.",
  },
];

const rendererLayering = [
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/ipc/client.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name="qbr"]',
          message: "Only renderer/ipc/client.ts touches window's api.",
        },
        {
          selector: 'CallExpression[callee.name=/^use\\w*Store$/][arguments.length=0]',
          message:
            'Subscribe through a selector (useOfficeStore(selectOverview)), never to a whole store.',
        },
      ],
    },
  },
  { files: ['renderer/app/**/*.{ts,tsx}'], rules: rendererLayerImports(componentImportBans) },
  {
    files: ['renderer/components/**/*.{ts,tsx}'],
    rules: rendererLayerImports(screenImportBans),
  },
  ...rendererFeatures.map((feature) => ({
    files: [`renderer/features/${feature}/**/*.{ts,tsx}`],
    rules: rendererLayerImports([
      ...screenImportBans,
      {
        regex: `^(?:\\.\\./)+(?:features/)?(?:${rendererFeatures
          .filter((other) => other !== feature)
          .join('|')})(?:/|$)`,
        message:
          'A feature folder never imports another: what two screens share goes to components/, state/ or app/i18n/.',
      },
    ]),
  })),
];

/**
 * The package search (features/search) reads every material through the reader's own doors:
 * mammoth's (convert-docx), the legacy .doc reader, pdf.js's (pdfjs), the material's kind and the
 * worker policy; nothing else of the reader's folder, and no other feature. Its layering rule again
 * with the reader's pattern narrowed to those files (test/lint/search-reader-doors.test.ts).
 */
function searchReaderDoors() {
  const doors = 'word/(?:convert-docx|doc-text|trusted-types)|pdf/(?:pdfjs|material-kind)';
  return {
    files: ['renderer/features/search/**/*.{ts,tsx}'],
    rules: rendererLayerImports([
      ...screenImportBans,
      {
        regex: `^(?:\\.\\./)+(?:features/)?(?:${rendererFeatures
          .filter((other) => other !== 'search' && other !== 'reader')
          .join('|')})(?:/|$)`,
        message:
          'A feature folder never imports another: what two screens share goes to components/, state/ or app/i18n/.',
      },
      {
        regex: `^(?:\\.\\./)+(?:features/)?reader/(?!(?:${doors})$)`,
        message:
          "The search reads materials through the reader's doors only (convert-docx, doc-text, trusted-types, pdfjs, material-kind).",
      },
    ]),
  };
}

/**
 * docx (the Word reports' library): banned everywhere but its one door,
 * electron/core/report/word-document.ts. Its own alias of typescript-eslint's rule, so the
 * core's boundary rules stay whole.
 */
function wordReportDoor() {
  const door = 'electron/core/report/word-document.ts';
  return {
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: [door],
    plugins: { 'docx-door': tseslint.plugin },
    rules: {
      'docx-door/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'docx', message: `docx is wrapped at one door (${door}).` }],
          patterns: [{ group: ['docx/*'], message: `docx is wrapped at one door (${door}).` }],
        },
      ],
    },
  };
}

/**
 * exceljs: two doors, one a direction: the register's reader (electron/core/register/read-xlsx.ts,
 * which bounds the ZIP before exceljs sees it) and the reports' writer
 * (electron/core/report/xlsx-workbook.ts, text cells only). Banned everywhere else.
 */
function exceljsDoors() {
  const doors = ['electron/core/register/read-xlsx.ts', 'electron/core/report/xlsx-workbook.ts'];
  const message = `exceljs is wrapped at two doors (${doors.join(', ')}).`;
  return {
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: doors,
    plugins: { 'exceljs-door': tseslint.plugin },
    rules: {
      'exceljs-door/no-restricted-imports': [
        'error',
        { paths: [{ name: 'exceljs', message }], patterns: [{ group: ['exceljs/*'], message }] },
      ],
    },
  };
}

/**
 * chinese-days (public holidays and adjusted working days): banned everywhere but its one door,
 * shared/office/followup/chinese-calendar.ts, which works around its time-zone fault.
 */
function chineseDaysDoor() {
  const door = 'shared/office/followup/chinese-calendar.ts';
  return {
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: [door],
    plugins: { 'chinese-days-door': tseslint.plugin },
    rules: {
      'chinese-days-door/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'chinese-days', message: `chinese-days is wrapped at one door (${door}).` },
          ],
          patterns: [
            {
              group: ['chinese-days/*'],
              message: `chinese-days is wrapped at one door (${door}).`,
            },
          ],
        },
      ],
    },
  };
}

/** mammoth, DOMPurify and utif2: banned in the renderer except at their one door each. */
function wordReaderDoors() {
  const doors = {
    mammoth: 'renderer/features/reader/word/convert-docx.ts',
    dompurify: 'renderer/features/reader/word/sanitize-word-html.ts',
    // The TIFF decoder: only in the TIFF worker's page reader, which guards it (cycles, caps).
    utif2: 'renderer/features/reader/pdf/tiff-pages.ts',
  };
  const ban = (/** @type {string[]} */ names) => ({
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: names.map((name) => ({
          name,
          message: `${name} is wrapped at one door (${doors[/** @type {keyof typeof doors} */ (name)]}).`,
        })),
      },
    ],
  });
  return [
    {
      files: ['renderer/**/*.{ts,tsx}'],
      ignores: Object.values(doors),
      rules: ban(Object.keys(doors)),
    },
    ...Object.entries(doors).map(([library, file]) => ({
      files: [file],
      rules: ban(Object.keys(doors).filter((name) => name !== library)),
    })),
  ];
}

/**
 * pdf.js: banned in the renderer except at its one door (features/reader/pdf/pdfjs.ts, which
 * opens and draws every document) and its worker's entry (pdf-worker.ts, which loads pdf.js's
 * worker build and nothing else). typescript-eslint's rule registered again as `pdf-door/`, so
 * these options live beside the Word doors' and the layering's rather than replacing them.
 */
function pdfReaderDoors() {
  const door = 'renderer/features/reader/pdf/pdfjs.ts';
  const workerDoor = 'renderer/features/reader/pdf/pdf-worker.ts';
  const main = { name: 'pdfjs-dist', message: `pdf.js is wrapped at one door (${door}).` };
  const subpaths = {
    group: ['pdfjs-dist/*'],
    message: `pdf.js is wrapped at one door (${door}); its worker build only in ${workerDoor}.`,
  };
  const ban = (/** @type {object} */ options) => ({
    'pdf-door/no-restricted-imports': ['error', options],
  });
  const plugins = { 'pdf-door': tseslint.plugin };
  return [
    {
      files: ['renderer/**/*.{ts,tsx}'],
      ignores: [door, workerDoor],
      plugins,
      rules: ban({ paths: [main], patterns: [subpaths] }),
    },
    { files: [door], plugins, rules: ban({ patterns: [subpaths] }) },
    { files: [workerDoor], plugins, rules: ban({ paths: [main] }) },
  ];
}

/**
 * The working set (issue 9, point 3): Dexie and the in-memory IndexedDB it runs on are imported
 * by one file, renderer/data/working-set-db.ts, and nowhere else in the app, so no Dexie database
 * can be opened on the browser's own IndexedDB (which Chromium keeps on disk). typescript-eslint's
 * rule registered again as `data-door/`, beside the layering's and the readers' doors.
 */
function workingSetDoor() {
  const door = 'renderer/data/working-set-db.ts';
  const message = `Dexie and fake-indexeddb are wrapped at one door (${door}); use renderer/data/.`;
  return [
    {
      files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'electron/**/*.ts'],
      ignores: [door],
      plugins: { 'data-door': tseslint.plugin },
      rules: {
        'data-door/no-restricted-imports': [
          'error',
          {
            paths: ['dexie', 'fake-indexeddb'].map((name) => ({ name, message })),
            patterns: [{ group: ['dexie/*', 'fake-indexeddb/*'], message }],
          },
        ],
      },
    },
  ];
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
  ...rendererLayering,
  searchReaderDoors(),
  // One door each for the Word reader's libraries (STYLE.md habit 4): mammoth only in the
  // converter its worker runs, DOMPurify only in the sanitiser. typescript-eslint's rule of the
  // same name, so the layering's no-restricted-imports above stays whole.
  ...wordReaderDoors(),
  // One door for pdf.js (STYLE.md habit 4): the PDF viewer's pdfjs.ts, and its worker's entry.
  ...pdfReaderDoors(),
  // One door for Dexie and the in-memory IndexedDB it runs on: the working set's database.
  ...workingSetDoor(),
  // One door for docx: the Word reports are blocks written by report/word-document.ts.
  wordReportDoor(),
  chineseDaysDoor(),
  // exceljs: the register's reader and the reports' writer.
  exceljsDoors(),
);
