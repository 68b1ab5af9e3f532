/**
 * The Chromium part of the bench (issue 9, point 14): the reader fixture (test/e2e/reader-fixture/,
 * the e2e's own page mounting the real WordView and PdfView) built by Vite into this module's
 * scratch folder, served under the app's origin with the production CSP, in Debian's Chromium
 * driven by playwright-core as the e2e harness drives it. Three rows, on the same files as their
 * peers:
 *   docx_first_screen_300p: ms from a generated 300-page Chinese .docx's bytes in the renderer
 *     to its first painted screen; peer LibreOffice headless's docx→HTML of the same file.
 *   pdf_first_page_200p: ms from a 200-page PDF's bytes to its first painted page; peer
 *     `pdftoppm -f 1 -l 1 -r 96` on the same file.
 *   reader_heap_25_materials: MB of the renderer's JS heap after opening 25 materials in turn,
 *     against the heap after the first, each after a forced GC.
 * Every run of ours opens a fresh page (a new browser context), untimed, so each timing is a
 * material's first opening, not a warm re-render.
 */
import { constants } from 'node:fs';
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';
import { launchChromium } from '../harness/transport';
import { chineseDocx, THREE_HUNDRED_PAGES } from '../e2e/reader-fixture/chinese-docx';
import { chinesePdf, manyPagesPdf } from '../e2e/reader-fixture/make-pdf';
import { openReaderPage } from '../e2e/reader-fixture/serve-fixture';
import type { ReaderPage } from '../e2e/reader-fixture/serve-fixture';
import { buildReaderFixture } from '../e2e/reader-fixture/vite.config';
import { median, MIN_REPEATS, rowFrom } from './alternating';
import type { SideTimes } from './alternating';
import type { BenchContext } from './bench-context';
import { runCommand } from './command';
import { heapRow } from './heap-row';
import type { HeapRun } from './heap-row';
import { loadAverage } from './machine';
import {
  call,
  FIRST_SCREEN_IN_PAGE,
  OPEN_STAGED_IN_PAGE,
  STAGE_MATERIALS_IN_PAGE,
} from './reader-page-scripts';
import { timeAlternatingSelfTimed } from './self-timed';
import type { AnySide } from './self-timed';

/** Longer than this for one material means the viewer is stuck: the run fails, it is not timed. */
const SHOW_TIMEOUT_MS = 60_000;
/** The name of our side timed cold (its worker started inside the timing), reported as a note. */
const COLD = 'ours, cold';

/** A side's median and spread in ms, for a note. */
function describeSide(side: SideTimes | undefined): string {
  if (side === undefined) return 'not measured';
  if ('missing' in side) return `not measured (${side.missing})`;
  const ms = side.seconds.map((seconds) => seconds * 1000);
  return `${median(ms).toFixed(0)} ms [${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}] over ${ms.length} runs`;
}

/** Materials opened in turn for the heap row; the last is the same kind as the first. */
const HEAP_MATERIALS = 25;

const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function requireChromium(): Promise<void> {
  try {
    await access(chromiumPath(), constants.X_OK);
  } catch {
    throw new Error(
      `缺少 Chromium（Debian 软件包 chromium：sudo apt-get install chromium），阅读器基准无法运行。` +
        ` / Chromium is missing at ${chromiumPath()} (Debian package chromium; or set CHROMIUM_PATH): the reader rows cannot run.`,
    );
  }
}

/** A page with nothing wrong: no request left the app, no CSP or Trusted Types violation. */
function checkClean(reader: ReaderPage): void {
  const problems = [...reader.harness.outsideRequests, ...reader.harness.pageProblems];
  if (problems.length > 0) throw new Error(`the reader page had problems: ${problems.join('; ')}`);
}

/**
 * Our side of a first-screen row: a fresh page per run, the time measured in the page. `warm`:
 * before the timed part, the page does what the app does when a package opens (the reader's
 * pdf.js worker started and its warm-up page read), untimed, as it happens before any bytes.
 */
function oursFirstScreen(
  browser: Browser,
  fixture: string,
  viewer: 'word' | 'pdf',
  bytes: Buffer,
  fileName: string,
  work: string,
  side: { readonly name: string; readonly warm: boolean } = { name: 'ours', warm: false },
): AnySide {
  const base64 = bytes.toString('base64');
  let reader: ReaderPage | undefined;
  return {
    name: side.name,
    work,
    before: async () => {
      reader = await openReaderPage(browser, fixture);
      if (side.warm) await reader.harness.page.evaluate('window.warmPdf()');
    },
    measure: async () => {
      const ms = (await reader!.harness.page.evaluate(
        call(FIRST_SCREEN_IN_PAGE, viewer, base64, fileName, SHOW_TIMEOUT_MS),
      )) as number;
      checkClean(reader!);
      return ms / 1000;
    },
    after: async () => {
      await reader?.harness.close();
      reader = undefined;
    },
  };
}

async function docxFirstScreen(ctx: BenchContext, browser: Browser, fixture: string) {
  const { sections, paragraphsPerSection } = THREE_HUNDRED_PAGES;
  const bytes = await chineseDocx(sections, paragraphsPerSection);
  const docx = join(ctx.scratchDir, 'three-hundred-pages.docx');
  await writeFile(docx, bytes);
  const out = join(ctx.scratchDir, 'lo-out');
  const profile = join(ctx.scratchDir, 'lo-profile');
  const name = 'docx_first_screen_300p';
  ctx.log(
    `${name}: ${bytes.length} bytes, ${sections} sections (300 pages as LibreOffice paginates it)`,
  );
  const times = await timeAlternatingSelfTimed(
    [
      oursFirstScreen(
        browser,
        fixture,
        'word',
        bytes,
        '三百页.docx',
        'WordView in Chromium: mammoth in a worker, DOMPurify, Trusted Types, first chunk inserted and painted (two animation frames)',
      ),
      {
        name: 'LibreOffice docx→html',
        work: 'soffice --headless --convert-to html of the same file (start-up included; its profile made in the warm-up)',
        tools: ['soffice'],
        before: () => rm(out, { recursive: true, force: true }),
        run: async () => {
          await runCommand('soffice', [
            `-env:UserInstallation=file://${profile}`,
            '--headless',
            '--convert-to',
            'html',
            '--outdir',
            out,
            docx,
          ]);
        },
      },
    ],
    {
      repeats: ctx.repeats,
      log: (line) => ctx.log(`${name} ${line}`),
      missing: (tools) => ctx.tools.missing(tools),
    },
  );
  const row = rowFrom(
    {
      name,
      unit: 'ms',
      better: 'lower',
      value: (seconds) => seconds * 1000,
      target: 2,
      notes: [
        `${bytes.length} bytes, generated by test/e2e/reader-fixture/chinese-docx.ts (${sections} × ${paragraphsPerSection} paragraphs, headings, a table, a list, a footnote, an image)`,
        'ours is timed in the page from the bytes in the renderer; the peer by the wall clock around its process',
      ],
    },
    times,
  );
  await ctx.record({ ...row, loadAverage: loadAverage() });
}

async function pdfFirstPage(ctx: BenchContext, browser: Browser, fixture: string) {
  const bytes = manyPagesPdf(200);
  const pdf = join(ctx.scratchDir, 'two-hundred-pages.pdf');
  await writeFile(pdf, bytes);
  const out = join(ctx.scratchDir, 'pdftoppm-out');
  const name = 'pdf_first_page_200p';
  ctx.log(`${name}: ${bytes.length} bytes, 200 pages`);
  const times = await timeAlternatingSelfTimed(
    [
      oursFirstScreen(
        browser,
        fixture,
        'pdf',
        bytes,
        '二百页.pdf',
        "PdfView in Chromium, the reader's pdf.js worker warm as the app holds it once a package is open (started, warm-up page read: untimed), page 1's canvas drawn and painted (two animation frames)",
        { name: 'ours', warm: true },
      ),
      oursFirstScreen(
        browser,
        fixture,
        'pdf',
        bytes,
        '二百页.pdf',
        "the same, cold: the page's first PDF, pdf.js's worker started for it inside the timing",
        { name: COLD, warm: false },
      ),
      {
        name: 'pdftoppm -r 96',
        work: 'pdftoppm -f 1 -l 1 -r 96 on the same file, page 1 written as PPM (start-up included)',
        tools: ['pdftoppm'],
        before: async () => {
          await rm(out, { recursive: true, force: true });
          await mkdir(out);
        },
        run: async () => {
          await runCommand('pdftoppm', ['-f', '1', '-l', '1', '-r', '96', pdf, join(out, 'page')]);
        },
      },
    ],
    {
      repeats: ctx.repeats,
      log: (line) => ctx.log(`${name} ${line}`),
      missing: (tools) => ctx.tools.missing(tools),
    },
  );
  // The cold side is ours too, not a peer: it goes into the notes, the row compares the rest.
  const cold = times.sides.find((side) => side.name === COLD);
  const peers = { ...times, sides: times.sides.filter((side) => side !== cold) };
  const row = rowFrom(
    {
      name,
      unit: 'ms',
      better: 'lower',
      value: (seconds) => seconds * 1000,
      target: 1,
      notes: [
        `${bytes.length} bytes, generated by test/e2e/reader-fixture/make-pdf.ts (200 A4 pages of Latin and non-embedded Chinese text)`,
        'ours is timed in the page from the bytes in the renderer; the peer by the wall clock around its process',
        "ours starts with the reader's pdf.js worker warm: the app starts it (and reads a built-in one-page PDF with it) when a package opens, before any material's bytes arrive; the document, its pages and its canvas are new for every run",
        `cold (a fresh page's first PDF, the worker started inside the timing): ${describeSide(cold)}`,
      ],
    },
    peers,
  );
  await ctx.record({ ...row, loadAverage: loadAverage() });
}

interface StagedMaterial {
  readonly viewer: 'word' | 'pdf';
  readonly fileName: string;
  readonly base64: string;
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

/** Blink's own counts: a viewer left behind shows here as nodes or listeners that pile up. */
async function domCounters(cdp: CDPSession): Promise<string> {
  const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return `${documents} documents, ${nodes} nodes, ${jsEventListeners} listeners`;
}

async function readerHeap(ctx: BenchContext, browser: Browser, fixture: string) {
  const { sections, paragraphsPerSection } = THREE_HUNDRED_PAGES;
  // Four kinds in turn, so the 25th material is the first kind again: like against like.
  const kinds: StagedMaterial[] = [
    {
      viewer: 'word',
      fileName: '申报书.docx',
      base64: (await chineseDocx(12, 10)).toString('base64'),
    },
    { viewer: 'pdf', fileName: '二百页.pdf', base64: manyPagesPdf(200).toString('base64') },
    {
      viewer: 'word',
      fileName: '三百页.docx',
      base64: (await chineseDocx(sections, paragraphsPerSection)).toString('base64'),
    },
    { viewer: 'pdf', fileName: '推荐表.pdf', base64: chinesePdf().toString('base64') },
  ];
  const described =
    'in turn: a 12-section Chinese .docx, a 200-page PDF, a 300-page Chinese .docx, a one-page Chinese PDF';
  // Five runs whatever QBR_BENCH_REPEATS says: each opens 25 materials, and every run gives both readings.
  const runs = MIN_REPEATS;
  const heapRuns: HeapRun[] = [];
  const leftovers: string[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const reader = await openReaderPage(browser, fixture);
    const cdp = await reader.harness.context.newCDPSession(reader.harness.page);
    try {
      await reader.harness.page.evaluate(call(STAGE_MATERIALS_IN_PAGE, kinds));
      const afterEach: number[] = [];
      let domAfterFirst = '';
      for (let i = 0; i < HEAP_MATERIALS; i += 1) {
        await reader.harness.page.evaluate(
          call(OPEN_STAGED_IN_PAGE, i % kinds.length, SHOW_TIMEOUT_MS),
        );
        afterEach.push(await heapMB(cdp));
        if (i === 0) domAfterFirst = await domCounters(cdp);
      }
      checkClean(reader);
      // Every viewer before the last closed its material: mammoth's workers ended, pdf.js's
      // documents closed; the reader's one warm pdf.js worker stays for the session (pdfjs.ts).
      const workers = reader.harness.page.workers().length;
      leftovers.push(
        `DOM after the first: ${domAfterFirst}; after the ${HEAP_MATERIALS}th: ${await domCounters(cdp)}; ${workers} worker(s) alive`,
      );
      const result: HeapRun = {
        firstMB: afterEach[0]!,
        lastMB: afterEach[afterEach.length - 1]!,
        afterEachMB: afterEach,
        seconds: (performance.now() - started) / 1000,
      };
      heapRuns.push(result);
      ctx.log(
        `reader_heap_25_materials run ${run + 1}/${runs}: ${result.firstMB.toFixed(1)} MB after the first, ` +
          `${result.lastMB.toFixed(1)} MB after the ${HEAP_MATERIALS}th; ${leftovers[leftovers.length - 1]}`,
      );
    } finally {
      await cdp.detach().catch(() => undefined);
      await reader.harness.close();
    }
  }
  const row = heapRow(heapRuns, { count: HEAP_MATERIALS, described }, [
    'each run a fresh page; every material shown whole (every Word chunk inserted; a PDF page 1 and its thumbnail drawn) before the next replaces it',
    `one run: ${leftovers[Math.floor(leftovers.length / 2)]}`,
    "the JS heap is the page's V8 heap: the DOM is Blink's (counted above) and each worker has its own heap, gone when the worker ends",
  ]);
  await ctx.record({ ...row, loadAverage: loadAverage() });
}

export async function run(ctx: BenchContext): Promise<void> {
  await requireChromium();
  const fixture = join(ctx.scratchDir, 'reader-fixture');
  const built = performance.now();
  await buildReaderFixture(fixture);
  ctx.log(
    `reader fixture built in ${((performance.now() - built) / 1000).toFixed(1)} s (Vite, production)`,
  );
  const browser = await launchChromium();
  try {
    ctx.log(`Chromium ${browser.version()} (${chromiumPath()}), headless, ${ctx.cores} cores`);
    await docxFirstScreen(ctx, browser, fixture);
    await pdfFirstPage(ctx, browser, fixture);
    await readerHeap(ctx, browser, fixture);
  } finally {
    await browser.close();
  }
}
