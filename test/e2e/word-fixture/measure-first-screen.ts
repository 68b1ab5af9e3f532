/**
 * Figures for the Word viewer, by a script rather than a timed test:
 *   node --import tsx test/e2e/word-fixture/measure-first-screen.ts [repeats]
 * A generated 300-page Chinese .docx is handed to the viewer in Debian's Chromium under the
 * production CSP, as the e2e does; each run reports the ms from the bytes in the page to the
 * first chunk painted (two animation frames after its insertion), to every chunk inserted, and
 * the longest task while the rest went in (a task over 50 ms is what stalls scrolling).
 * LibreOffice's docx→HTML of the same file is timed beside it when `soffice` is installed.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { launchChromium, openHarness } from '../../harness/transport';
import { chineseDocx, THREE_HUNDRED_PAGES } from './chinese-docx';
import { FIXTURE_PATH, serveFixture } from './serve-fixture';
import { buildWordFixture } from './vite.config';

interface Run {
  firstScreenMs: number;
  allChunksMs: number;
  chunks: number;
  longestTaskMs: number;
}

/** Runs in the page: shows the document and times it (see the header). */
const MEASURE_IN_PAGE = `async function (base64) {
  const longTasks = [];
  new PerformanceObserver(function (list) {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  const frame = function () { return new Promise(function (resolve) { requestAnimationFrame(resolve); }); };
  const until = async function (ready) { while (!ready()) await frame(); };
  const scroll = function () { return document.querySelector('.word-scroll'); };
  const started = performance.now();
  window.showWord(base64, '三百页.docx');
  await until(function () { return document.querySelector('[data-chunk="0"][data-inserted]') !== null; });
  await frame();
  await frame();
  const firstScreenMs = performance.now() - started;
  const tasksBefore = longTasks.length;
  await until(function () {
    return scroll().getAttribute('data-chunks-shown') === scroll().getAttribute('data-chunks');
  });
  const allChunksMs = performance.now() - started;
  await frame();
  return {
    firstScreenMs: firstScreenMs,
    allChunksMs: allChunksMs,
    chunks: Number(scroll().getAttribute('data-chunks')),
    longestTaskMs: Math.max(0, ...longTasks.slice(tasksBefore)),
  };
}`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function libreOfficeMs(docx: string, scratch: string): Promise<number | undefined> {
  const started = performance.now();
  try {
    await promisify(execFile)('soffice', [
      `-env:UserInstallation=file://${join(scratch, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'html',
      '--outdir',
      join(scratch, 'lo-out'),
      docx,
    ]);
  } catch {
    return undefined;
  }
  return performance.now() - started;
}

const repeats = Number(process.argv[2] ?? 5);
const scratch = await mkdtemp(join(tmpdir(), 'qbr-word-measure-'));
try {
  const outDir = join(scratch, 'fixture');
  await buildWordFixture(outDir);
  const { sections, paragraphsPerSection } = THREE_HUNDRED_PAGES;
  const bytes = await chineseDocx(sections, paragraphsPerSection);
  const docx = join(scratch, 'three-hundred-pages.docx');
  await writeFile(docx, bytes);
  const browser = await launchChromium();
  const runs: Run[] = [];
  for (let i = 0; i < repeats + 1; i += 1) {
    const harness = await openHarness(browser);
    await serveFixture(harness, outDir);
    await harness.open(`${FIXTURE_PATH}index.html`);
    await harness.page.waitForFunction(() => typeof window.showWord === 'function');
    // A string, not a function: tsx would wrap named functions in a helper the page lacks.
    const run = (await harness.page.evaluate(
      `(${MEASURE_IN_PAGE})(${JSON.stringify(bytes.toString('base64'))})`,
    )) as Run;
    if (harness.pageProblems.length > 0 || harness.outsideRequests.length > 0)
      throw new Error(`page problems: ${[...harness.pageProblems, ...harness.outsideRequests]}`);
    await harness.close();
    if (i > 0) runs.push(run); // the first run warms Chromium up and is not counted
  }
  await browser.close();
  const firsts = runs.map((run) => run.firstScreenMs);
  console.log(`300-page Chinese .docx, ${bytes.length} bytes, ${runs[0]!.chunks} chunks`);
  console.log(
    `first screen: median ${median(firsts).toFixed(0)} ms (${Math.min(...firsts).toFixed(0)}–${Math.max(...firsts).toFixed(0)}), ${runs.length} runs`,
  );
  console.log(
    `every chunk inserted: median ${median(runs.map((r) => r.allChunksMs)).toFixed(0)} ms; longest task meanwhile: ${Math.max(...runs.map((r) => r.longestTaskMs)).toFixed(0)} ms`,
  );
  const lo: number[] = [];
  for (let i = 0; i < Math.min(3, repeats); i += 1) {
    const ms = await libreOfficeMs(docx, scratch);
    if (ms !== undefined) lo.push(ms);
  }
  console.log(
    lo.length > 0
      ? `LibreOffice docx→html: median ${median(lo).toFixed(0)} ms (${lo.length} runs)`
      : 'LibreOffice (soffice) not installed: no peer figure',
  );
} finally {
  await rm(scratch, { recursive: true, force: true });
}
