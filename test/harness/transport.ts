/**
 * The test-only transport: the real renderer in Debian's Chromium, the real core services in this
 * Node process, joined by a Playwright binding that calls the same validating dispatch as main.
 * No socket, no server: `context.route` serves the built renderer under one fixed origin with the
 * production CSP and aborts every other request, recording it so a test can fail on it.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createDispatch, createHandlers } from '../../electron/ipc';
import { createCoreServices } from '../../electron/core/services';
import { createFileJsonStore, createMemoryJsonStore } from '../../electron/core/storage/json-store';
import type { FileChooser } from '../../electron/core/office/file-chooser';
import { preparedFileChooser } from '../electron/core/office/prepared-file-chooser';
import {
  preparedIdentityChooser,
  recordingClipboard,
} from '../electron/core/identity/prepared-identity-chooser';
import type { IdentityStoreOptions } from '../../electron/core/identity/identity-store';
import type { PackageChooser } from '../../electron/core/desk/package-chooser';
import type { JournalBackupChooser } from '../../electron/core/journal/journal-backup-chooser';
import type { ReviewExportChooser } from '../../electron/core/review/review-export-chooser';
import type { DeliberationChooser } from '../../electron/core/deliberation/deliberation-chooser';
import type { CommitteeDeskChooser } from '../../electron/core/committee-desk';
import type { FollowUpExportChooser } from '../../electron/core/office/followup-export-chooser';
import { decodeBytes, encodeBytes } from './binary-codec';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/csp';

export const APP_ORIGIN = 'https://bundle.qbreview.test';
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The built renderer the harness serves: `dist/renderer`, or the folder `QBR_RENDERER_DIR` names
 * (several people working in one tree each build and test their own copy).
 */
export const rendererDir = process.env['QBR_RENDERER_DIR'] ?? join(repoRoot, 'dist', 'renderer');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
};

let pageApiBundle: string | undefined;

/** The init script, bundled once per test process. */
function bundlePageApi(): string {
  if (pageApiBundle) return pageApiBundle;
  const result = buildSync({
    entryPoints: [join(repoRoot, 'test', 'harness', 'page-api.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  });
  pageApiBundle = result.outputFiles[0]!.text;
  return pageApiBundle;
}

export interface HarnessCall {
  readonly channel: unknown;
  readonly ok: boolean;
}

export interface Harness {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL the page tried that is not the app's own: a test fails when this is not empty. */
  readonly outsideRequests: string[];
  /** CSP violations and page errors reported by Chromium. */
  readonly pageProblems: string[];
  readonly calls: HarnessCall[];
  open(path?: string): Promise<void>;
  close(): Promise<void>;
}

/** Chromium's home, config, caches and temp folder under `scratchDir`, made if missing. */
async function chromiumEnvIn(scratchDir: string): Promise<NodeJS.ProcessEnv> {
  const tmp = join(scratchDir, 'tmp');
  const home = join(scratchDir, 'home');
  await mkdir(tmp, { recursive: true });
  await mkdir(home, { recursive: true });
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    TMPDIR: tmp,
  };
}

/**
 * Runs `launch` with TMPDIR pointing at `env`'s: Playwright makes its own folders (a launched
 * browser's profile, artifacts) in os.tmpdir() and takes no option for them.
 */
async function withTmpDirOf<T>(env: NodeJS.ProcessEnv, launch: () => Promise<T>): Promise<T> {
  const previousTmp = process.env.TMPDIR;
  process.env.TMPDIR = env.TMPDIR;
  try {
    return await launch();
  } finally {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
  }
}

const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with everything that would phone home turned off. With
 * `scratchDir`, everything Chromium writes lands in it, for a secrecy scan: its profile and
 * Playwright's artifacts (under `tmp/`) and its home, config and caches (under `home/`).
 */
export async function launchChromium(scratchDir?: string): Promise<Browser> {
  const executablePath = chromiumPath();
  if (scratchDir === undefined) return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const env = await chromiumEnvIn(scratchDir);
  return withTmpDirOf(env, () => chromium.launch({ executablePath, args: CHROMIUM_ARGS, env }));
}

/** A fresh context (own storage, own core services) in `browser`, with the app's api installed. */
export interface HarnessOptions {
  readonly viewport?: { width: number; height: number };
  /** What the operating system's dialogs answer; nothing chosen by default. */
  readonly fileChooser?: FileChooser;
  /**
   * The app's data directory (Electron's userData), where main keeps its settings store; in
   * memory when absent. Given, the harness writes where the app would, and a test can scan it.
   */
  readonly appDataDir?: string;
  /**
   * The identity service: its folder, dialogs and clipboard. Left out: the folder main uses
   * under `appDataDir` (else a scratch folder removed on close), dialogs that are cancelled, a
   * clipboard that only records.
   */
  readonly identities?: IdentityStoreOptions;
  /** The expert's desk's dialog (a .qbcase); nothing chosen when absent. */
  readonly packageChooser?: PackageChooser;
  /**
   * The journal backup's dialogs; cancelled when absent. Journals are kept under `appDataDir`
   * (journals/, as main keeps them under userData), and not at all without it.
   */
  readonly journalChooser?: JournalBackupChooser;
  /** The review's export dialogs (review bundle, 评审意见表); cancelled when absent. */
  readonly reviewChooser?: ReviewExportChooser;
  /**
   * The leader's dialogs (member bundles to import, where the group bundle goes); cancelled when
   * absent. Imported bundles are kept under `appDataDir` (member-bundles/, as main keeps them
   * under userData), and not at all without it.
   */
  readonly deliberationChooser?: DeliberationChooser;
  /**
   * The chair's dialogs (group bundles to import, the result bundle's and a re-review act's file,
   * the reports' folder); cancelled when absent. Imported bundles are kept under `appDataDir`
   * (group-bundles/).
   */
  readonly committeeChooser?: CommitteeDeskChooser;
  /** The save dialog of the office's follow-up record. */
  readonly followUpChooser?: FollowUpExportChooser;
  /**
   * Where a file the test drops on the window lies: the page's drop bridge gives the file's name
   * (Chromium keeps no path on a dropped File), resolved here as the preload's path would be.
   */
  readonly dropFolder?: string;
}

/** A `desk:open` of a dropped file with its name resolved in the drop folder, as a real path. */
function withDroppedPath(channel: unknown, request: unknown, dropFolder: string | undefined) {
  if (channel !== 'desk:open' || dropFolder === undefined) return request;
  const open = request as { source?: unknown; droppedPath?: unknown };
  if (open.source !== 'dropped' || typeof open.droppedPath !== 'string') return request;
  if (open.droppedPath === '' || open.droppedPath.includes('/')) return request;
  return { ...open, droppedPath: join(dropFolder, open.droppedPath) };
}

export async function openHarness(
  browser: Browser,
  options: HarnessOptions = {},
): Promise<Harness> {
  const viewport = options.viewport ?? { width: 1366, height: 768 };
  const context = await browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'block' });
  return { browser, ...(await harnessIn(context, options)) };
}

/** A harness whose Chromium keeps its profile on disk, in a folder the test names. */
export interface PersistentHarness extends Omit<Harness, 'browser'> {
  /** Chromium's profile (its --user-data-dir): everything the page stores lands here. */
  readonly userDataDir: string;
}

/**
 * The app in a Chromium of its own whose profile persists in `userDataDir`
 * (`launchPersistentContext`), as a user's browser profile would: IndexedDB, Cache Storage,
 * blob storage and caches all go to disk there, so a test can scan them after the flow (close
 * the harness first: Chromium writes on the way out). Chromium's home, config, caches and temp
 * folder go under `scratchDir`. Closing the harness ends that Chromium.
 */
export async function openPersistentHarness(
  userDataDir: string,
  scratchDir: string,
  options: HarnessOptions = {},
): Promise<PersistentHarness> {
  const viewport = options.viewport ?? { width: 1366, height: 768 };
  const env = await chromiumEnvIn(scratchDir);
  const context = await withTmpDirOf(env, () =>
    chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      env,
      viewport,
      locale: 'zh-CN',
      serviceWorkers: 'block',
    }),
  );
  const harness = await harnessIn(context, options);
  // The blank page a persistent context opens with is not the app's.
  for (const page of context.pages()) if (page !== harness.page) await page.close();
  return { userDataDir, ...harness };
}

/** The app in `context`: its files served, its api bound to fresh core services, one page. */
async function harnessIn(
  context: BrowserContext,
  options: HarnessOptions,
): Promise<Omit<Harness, 'browser'>> {
  const outsideRequests: string[] = [];
  const pageProblems: string[] = [];
  const calls: HarnessCall[] = [];

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) {
      outsideRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    }
    const relative = normalize(
      decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname),
    );
    const file = join(rendererDir, relative);
    if (!file.startsWith(rendererDir + sep)) return route.fulfill({ status: 404, body: '' });
    try {
      const body = await readFile(file);
      return route.fulfill({
        status: 200,
        body,
        headers: {
          'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });

  // Without an app data directory, identities go to a scratch folder of this harness's own.
  const scratchIdentities =
    options.identities || options.appDataDir
      ? null
      : await mkdtemp(join(tmpdir(), 'qbr-harness-identities-'));
  const identities: IdentityStoreOptions = options.identities ?? {
    folder: scratchIdentities ?? join(options.appDataDir ?? '', 'identities'),
    chooser: preparedIdentityChooser(),
    clipboard: recordingClipboard(),
  };
  const services = createCoreServices({
    // The same folder main uses under userData.
    store: options.appDataDir
      ? createFileJsonStore(join(options.appDataDir, 'settings'))
      : createMemoryJsonStore(),
    host: 'test-harness',
    appVersion: 'test',
    platform: process.platform,
    fileChooser: options.fileChooser ?? preparedFileChooser(),
    ...(options.followUpChooser ? { followUpChooser: options.followUpChooser } : {}),
    identities,
    ...(options.packageChooser ? { packageChooser: options.packageChooser } : {}),
    ...(options.appDataDir
      ? {
          journals: {
            folder: join(options.appDataDir, 'journals'),
            ...(options.journalChooser ? { chooser: options.journalChooser } : {}),
          },
        }
      : {}),
    ...(options.reviewChooser ? { reviewChooser: options.reviewChooser } : {}),
    ...(options.appDataDir
      ? {
          deliberation: {
            folder: join(options.appDataDir, 'member-bundles'),
            ...(options.deliberationChooser ? { chooser: options.deliberationChooser } : {}),
          },
        }
      : {}),
    ...(options.appDataDir
      ? {
          committee: {
            folder: join(options.appDataDir, 'group-bundles'),
            ...(options.committeeChooser ? { chooser: options.committeeChooser } : {}),
          },
        }
      : {}),
  });
  const dispatch = createDispatch(createHandlers(services), (channel, error) =>
    pageProblems.push(`internal error in ${channel}: ${String(error)}`),
  );

  await context.exposeBinding('__qbrInvoke', async (source, channel: unknown, request: unknown) => {
    // Same rule as main's sender check: our origin, top-level frame.
    const trusted =
      source.frame === source.page.mainFrame() && new URL(source.frame.url()).origin === APP_ORIGIN;
    const result = trusted
      ? await dispatch(channel, withDroppedPath(channel, decodeBytes(request), options.dropFolder))
      : {
          ok: false as const,
          error: { code: 'forbidden-sender' as const, message: 'Untrusted sender' },
        };
    calls.push({ channel, ok: result.ok });
    // Bytes (a material) cross the JSON-only binding tagged, as requests do the other way.
    return encodeBytes(result);
  });
  await context.addInitScript({ content: bundlePageApi() });

  const page = await context.newPage();
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /Content Security Policy|Refused to/i.test(text))
      pageProblems.push(text);
  });
  page.on('pageerror', (error) => pageProblems.push(`pageerror: ${error.message}`));

  return {
    context,
    page,
    outsideRequests,
    pageProblems,
    calls,
    async open(path = '/index.html') {
      await page.goto(`${APP_ORIGIN}${path}`, { waitUntil: 'load' });
    },
    async close() {
      await context.close();
      // An open case package holds its file and key: closed as the app's quit would.
      await services.desk.close();
      if (scratchIdentities) await rm(scratchIdentities, { recursive: true, force: true });
    },
  };
}
