/**
 * The expert's whole flow (issue 9, points 3 and 13) in a Chromium whose profile persists on disk
 * (launchPersistentContext, its profile under the test's temp folder), under the production CSP
 * with the real core services: first run creates the expert's identity in the app and exports
 * its card; the office registers that card and seals a round; the expert types the office's
 * fingerprint and unlocks the package, reads a Word material, annotates a passage and writes a
 * note, reads a PDF material (its Chinese text in a font the PDF does not embed) and annotates a
 * line of it, searches every material and opens a Word and a PDF hit (each marked in its
 * reader), reloads the page, and finds both annotations and the note again from the journal,
 * the Word passage marked in the text. Then Chromium is closed and every file it and the app
 * wrote (its profile with IndexedDB, Cache Storage, blob storage and session files, its home and
 * temp folders, the app's data directory, the office's folder) is scanned for the materials'
 * markers, the applicants' names, the note and the search query. A second test plants case data
 * into the profile's real IndexedDB, Cache Storage and blob storage from the page, and the same
 * scan finds every piece: it can fail. Screenshots of every screen at 1366×768 and 1093×615.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { preparedPackageChooser } from '../electron/core/desk/prepared-package-chooser';
import {
  preparedIdentityChooser,
  recordingClipboard,
} from '../electron/core/identity/prepared-identity-chooser';
import { openPersistentHarness } from '../harness/transport';
import type { HarnessOptions, PersistentHarness } from '../harness/transport';
import { plaintextFoundUnder } from '../support/plaintext-scan';
import { PDF_MARKER, sealRoundForCard } from './expert-flow-fixture';
import {
  CONFIDENTIAL_TEXTS,
  MATERIAL_MARKER,
  fixtureApplications,
  prepareOfficeFixture,
} from './office-fixture';
import type { OfficeFixture } from './office-fixture';
import { expectNoSidewaysScroll, saveScreenshot, SIZES, VIEWPORTS } from './screenshots';

const EXPERT_PASSPHRASE = '评审专家 口令 灯笼果园 1927 测试';
/** The expert's note on a passage: the person's own words, never on disk in plaintext. */
const NOTE_TEXT = '批注正文机密标记e2e：此处的合格率数据请申报单位补充来源';
/** A line of the PDF the expert annotates. */
const PDF_QUOTE = '全国质量标杆推荐表';
/** What the expert searches for: in every Word and PDF material of the package. */
const SEARCH_QUERY = '正文机密标记';
/** Everything the flow's scan looks for. */
const FLOW_TEXTS = [...CONFIDENTIAL_TEXTS, PDF_MARKER, NOTE_TEXT, SEARCH_QUERY];

/** One run: the office's folders, Chromium's scratch folder (its profile inside) and the app. */
interface FlowRun {
  readonly fixture: OfficeFixture;
  /** Chromium's home, temp folder and profile (`profile/`). */
  readonly chromiumScratch: string;
  readonly harness: PersistentHarness;
  /** Where the identity screen's dialog saves the exported card (outside the scanned folders). */
  readonly cardFile: string;
  readonly packageChooser: ReturnType<typeof preparedPackageChooser>;
  closed: boolean;
}

const runs: FlowRun[] = [];
let previousTmp: string | undefined;

/** A fresh office fixture, and the app in a persistent Chromium profile under its folder. */
async function startRun(viewport: { width: number; height: number }): Promise<FlowRun> {
  const fixture = await prepareOfficeFixture();
  // Temp files the core services write land where the scan looks.
  previousTmp = process.env.TMPDIR;
  process.env.TMPDIR = fixture.tempDir;
  const chromiumScratch = join(fixture.root, 'chromium');
  const cardFile = join(fixture.root, 'card-out', '张专家的身份卡.json');
  await mkdir(join(fixture.root, 'card-out'));
  const packageChooser = preparedPackageChooser();
  const options: HarnessOptions = {
    viewport,
    fileChooser: fixture.chooser,
    appDataDir: fixture.appDataDir,
    // The identity folder main uses under userData, the app's own scrypt work factor.
    identities: {
      folder: join(fixture.appDataDir, 'identities'),
      chooser: preparedIdentityChooser({ cardFile }),
      clipboard: recordingClipboard(),
    },
    packageChooser,
  };
  const harness = await openPersistentHarness(
    join(chromiumScratch, 'profile'),
    chromiumScratch,
    options,
  );
  const run: FlowRun = {
    fixture,
    chromiumScratch,
    harness,
    cardFile,
    packageChooser,
    closed: false,
  };
  runs.push(run);
  await harness.open();
  return run;
}

/** Closes Chromium (it writes on the way out) and scans every folder it and the app wrote. */
async function closeAndScan(run: FlowRun, texts: readonly string[]) {
  if (!run.closed) {
    run.closed = true;
    await run.harness.close();
  }
  const { fixture } = run;
  return plaintextFoundUnder(
    [fixture.officeFolder, fixture.appDataDir, fixture.tempDir, run.chromiumScratch],
    texts,
  );
}

afterEach(async () => {
  try {
    for (const run of runs.splice(0)) {
      if (!run.closed) await run.harness.close();
      expect(run.harness.outsideRequests, 'requests that left the app').toEqual([]);
      expect(run.harness.pageProblems, 'CSP violations or page errors').toEqual([]);
      await run.fixture.cleanup();
    }
  } finally {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
  }
});

/** Reads a material from the reading screen's list, unfolding the list first on a narrow window. */
async function readFromList(page: Page, name: string | RegExp, nth = 0): Promise<void> {
  const list = page.getByTestId('reading-nav');
  if ((await list.count()) === 0) {
    await page.getByRole('button', { name: '显示申报列表', exact: true }).click();
  }
  await list.getByRole('button', { name }).nth(nth).click();
}

/** The text of each range the readers mark under `name` (CSS Custom Highlight API). */
function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlight) => {
    const ranges = (CSS.highlights as unknown as Map<string, Set<Range>>).get(highlight);
    return ranges ? [...ranges].map((range) => range.toString()) : [];
  }, name);
}

/** Selects the first occurrence of `wanted` in the element's text, as a mouse would. */
async function selectText(page: Page, selector: string, wanted: string): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate((root, text) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(text) ?? -1;
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return;
      }
      throw new Error('text to select not found');
    }, wanted);
}

for (const [size, viewport] of SIZES) {
  describe(`the expert's flow at ${size}`, () => {
    const shot = async (page: Page, name: string) => {
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `${size}-expert-flow-${name}`);
    };

    it('creates the identity, unlocks the package, reads Word and PDF, annotates, reloads and finds the note; nothing in plaintext on disk', async () => {
      const run = await startRun(viewport);
      const { page } = run.harness;
      const application = fixtureApplications[1];
      // The shell's navigation (the reading screen's list of materials is a navigation too).
      const nav = page.getByRole('navigation');

      // First run: the expert creates an identity under their own passphrase.
      await page.getByRole('radio', { name: '评审专家' }).click();
      await page.getByRole('heading', { name: '创建您的身份' }).waitFor();
      const form = page.getByRole('form', { name: '新建身份' });
      await form.getByLabel('姓名', { exact: true }).fill('张专家');
      await form.getByLabel('工作单位', { exact: true }).fill('江苏质量研究院');
      await form.getByLabel('所在地区', { exact: true }).fill('江苏省');
      await form.getByLabel('评审角色').selectOption({ label: '评审专家' });
      await form.getByLabel('口令', { exact: true }).fill(EXPERT_PASSPHRASE);
      await form.getByLabel('再次输入口令').fill(EXPERT_PASSPHRASE);
      await expect
        .poll(() => page.getByTestId('passphrase-advice').textContent())
        .toBe('口令强度足够。');
      await shot(page, 'first-run');
      await form.getByRole('button', { name: '创建身份' }).click();
      // The identity screen now shows it, its fingerprint in groups to read aloud.
      await page.getByTestId('current-fingerprint').waitFor({ timeout: 60_000 });

      // Its self-signed card, exported for the office.
      await page.getByRole('button', { name: '导出身份卡…' }).click();
      await page.getByText(/^身份卡已保存为 /).waitFor();
      const fingerprint = await page.getByTestId('current-fingerprint').getAttribute('aria-label');
      await shot(page, 'identity');

      // The office registers the card it was given and seals the round.
      const sealed = await sealRoundForCard(run.fixture, await readFile(run.cardFile, 'utf8'));
      expect(sealed.expert.fingerprint).toBe(fingerprint);
      run.packageChooser.choice.packageFile = sealed.packageFile;

      // The expert unlocks the package with the office fingerprint they were given.
      await nav.getByRole('button', { name: '解锁案卷' }).click();
      await page.getByRole('heading', { level: 2, name: '开启案卷包' }).waitFor();
      const unlock = page.getByRole('form', { name: '开启案卷包' });
      await unlock.getByLabel('办公室指纹').fill(sealed.office.card.fingerprint);
      await shot(page, 'unlock');
      await unlock.getByRole('button', { name: '选择案卷包并开启…' }).click();
      // Exactly 案卷包: the form's own heading, 开启案卷包, holds the words before anything opens.
      await page
        .getByRole('heading', { level: 2, name: '案卷包', exact: true })
        .waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('desk-unlocked-with').textContent()).toBe(
        '已用身份解锁，可签名提交评审意见。',
      );
      await shot(page, 'package');

      // A Word material, read into memory and shown under the watermark.
      await page
        .getByTestId('desk-applications')
        .getByRole('button', { name: `阅读 ${application.name}申报材料.docx` })
        .click();
      // Before the first material: the round's undertaking, shown where the material was asked
      // for, and the material opens once it is signed.
      const undertaking = page.getByTestId('undertaking-before-reading');
      await undertaking.waitFor({ timeout: 30_000 });
      await undertaking.getByTestId('undertaking-agree').check();
      await undertaking.getByRole('button', { name: '签署保密承诺' }).click();
      const pane = page.getByTestId('material-pane');
      await pane.getByText(`${application.title}：${MATERIAL_MARKER}`).waitFor({ timeout: 30_000 });
      expect(await pane.getByTestId('watermark').first().textContent()).toContain('张专家');
      await shot(page, 'word');

      // A passage annotated, and a note written on it: 已保存 once main has it on disk.
      await selectText(page, '.word-page', application.title);
      await page.getByRole('button', { name: '为所选文字添加批注' }).click();
      const annotations = page.getByTestId('annotation-list');
      await annotations.getByText(application.title).waitFor({ timeout: 30_000 });
      await annotations.locator('textarea').first().fill(NOTE_TEXT);
      await expect
        .poll(() => page.getByTestId('annotation-list').getByText('已保存').count(), {
          timeout: 10_000,
        })
        .toBeGreaterThan(0);
      await shot(page, 'annotated');

      // A PDF material of the same application: its Chinese text, drawn without an embedded font.
      await readFromList(page, /推荐表\.pdf/, 1);
      await page.locator('.pdf-view[data-pdf-state="rendered"]').waitFor({ timeout: 30_000 });
      await expect
        .poll(() => pane.locator('.textLayer').first().textContent(), { timeout: 30_000 })
        .toContain(PDF_MARKER);
      // A line of its text layer annotated too, on its page.
      await selectText(page, '.textLayer', PDF_QUOTE);
      await page.getByRole('button', { name: '为所选文字添加批注' }).click();
      await page.getByTestId('annotation-list').getByText(PDF_QUOTE).waitFor({ timeout: 30_000 });
      await shot(page, 'pdf');

      // Search across every material of the package, indexed in memory; a hit opens the
      // reader on its passage and marks it, in Word and in PDF alike.
      await nav.getByRole('button', { name: '全文检索' }).click();
      await page
        .getByText('检索索引已建立：6 份材料', { exact: false })
        .waitFor({ timeout: 60_000 });
      await page.getByLabel('检索词').fill(SEARCH_QUERY);
      await page.getByLabel('检索词').press('Enter');
      await expect
        .poll(() => page.getByTestId('search-count').textContent(), { timeout: 30_000 })
        .toMatch(/^共找到 6 处/);
      await shot(page, 'search');
      const hitsOf = page.locator('section.search-application').filter({ hasText: application.no });
      const targetHolds = async (text: string) =>
        (await highlighted(page, 'qbr-target')).some((range) => range.includes(text));
      await hitsOf
        .locator('.search-material')
        .filter({ hasText: '.docx' })
        .locator('.search-hit')
        .first()
        .click();
      await pane.getByText(`${application.title}：${MATERIAL_MARKER}`).waitFor({ timeout: 30_000 });
      await expect.poll(() => targetHolds(SEARCH_QUERY), { timeout: 10_000 }).toBe(true);
      await shot(page, 'search-hit-word');
      await nav.getByRole('button', { name: '全文检索' }).click();
      await hitsOf
        .locator('.search-material')
        .filter({ hasText: '.pdf' })
        .locator('.search-hit')
        .first()
        .click();
      await page.locator('.pdf-view[data-pdf-state="rendered"]').waitFor({ timeout: 30_000 });
      await expect.poll(() => targetHolds(SEARCH_QUERY), { timeout: 10_000 }).toBe(true);
      await shot(page, 'search-hit-pdf');

      // The renderer forgets everything; the note comes back from the journal on disk.
      await page.reload();
      await page.getByRole('radio', { name: '评审专家' }).click();
      await nav.getByRole('button', { name: '阅读材料' }).click();
      await readFromList(page, `${application.name}申报材料.docx`);
      const found = page.getByTestId('annotation-list');
      await found.getByText(application.title).waitFor({ timeout: 30_000 });
      expect(await found.locator('textarea').first().inputValue()).toBe(NOTE_TEXT);
      // Anchored again in the text by its quote, and marked there.
      await pane.getByText(`${application.title}：${MATERIAL_MARKER}`).waitFor({ timeout: 30_000 });
      await expect
        .poll(() => highlighted(page, 'qbr-annotation'), { timeout: 10_000 })
        .toEqual([application.title]);
      // 转到原文 brings the passage into view and marks it as the reader's target.
      await found.getByRole('button', { name: '转到原文' }).first().click();
      await expect
        .poll(() => highlighted(page, 'qbr-target'), { timeout: 10_000 })
        .toEqual([application.title]);
      await shot(page, 'reloaded');
      // The application's annotations: the Word passage and the PDF line, both from the journal.
      await page.getByRole('button', { name: '本申报全部材料' }).click();
      await found.getByText(PDF_QUOTE).waitFor({ timeout: 10_000 });
      expect(await found.locator('blockquote').allTextContents()).toEqual(
        expect.arrayContaining([application.title, PDF_QUOTE]),
      );

      // Mid-session nothing in the app's folders; after Chromium closed, nothing anywhere.
      const { fixture } = run;
      expect(
        await plaintextFoundUnder(
          [fixture.officeFolder, fixture.appDataDir, fixture.tempDir],
          FLOW_TEXTS,
        ),
      ).toEqual([]);
      expect(await closeAndScan(run, FLOW_TEXTS)).toEqual([]);
    });
  });
}

describe('the scan of a persistent Chromium profile', () => {
  /** A distinct text per place, each starting with words the page wrote before it. */
  const planted = {
    indexedDb: '植入泄漏甲索引数据库标记',
    compressed: '申报材料植入泄漏乙压缩值标记',
    blob: '植入泄漏丙二进制对象标记',
    cacheStorage: '植入泄漏丁缓存存储标记',
  } as const;

  it('finds case data a page wrote into IndexedDB (a large value compressed), a Blob and Cache Storage', async () => {
    const run = await startRun(VIEWPORTS['1366x768']);
    const { page } = run.harness;
    await page.evaluate(async (texts) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('planted-leak', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('values');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const put = (key: string, value: unknown) =>
        new Promise<void>((resolve, reject) => {
          const transaction = db.transaction('values', 'readwrite');
          transaction.objectStore('values').put(value, key);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
      await put('small', `批注 ${texts.indexedDb}`);
      // Large and repetitive: Blink compresses it with Snappy, and the text's first words are
      // copied from the ones before it, so its bytes are nowhere in the file as such.
      await put('large', `${'申报材料'.repeat(150_000)}${texts.compressed}`);
      await put('blob', new Blob([`附件 ${texts.blob}`], { type: 'text/plain' }));
      db.close();
      const cache = await caches.open('planted-leak');
      await cache.put('/planted-leak', new Response(`缓存 ${texts.cacheStorage}`));
    }, planted);

    const findings = await closeAndScan(run, Object.values(planted));
    const where = (text: string) =>
      findings
        .filter((f) => f.text === text)
        .map((f) => [f.file.slice(run.chromiumScratch.length), f.inside.at(-1) ?? '']);
    expect(where(planted.indexedDb).some(([file]) => /IndexedDB\/.*\.leveldb\//.test(file!))).toBe(
      true,
    );
    // Found only once decompressed.
    const compressed = where(planted.compressed);
    expect(compressed.length).toBeGreaterThan(0);
    expect(compressed.every(([, inside]) => /IndexedDB value \(Snappy\)/.test(inside!))).toBe(true);
    expect(where(planted.blob).some(([file]) => /IndexedDB\/.*\.blob\//.test(file!))).toBe(true);
    expect(where(planted.cacheStorage).some(([file]) => /CacheStorage\//.test(file!))).toBe(true);
  });
});
