/**
 * A prepared office for the e2e tests: an office identity file, expert identity cards, a few
 * application archives and a register, in a throw-away folder; a FileChooser that answers the
 * app's dialogs with them; and the steps to open the case in the UI. The materials are stored
 * uncompressed and carry a marker; after every test, every folder the app and Chromium wrote
 * is scanned for it and for the applicants' names (SECURITY.md item 28).
 */
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { createIdentity } from '../../electron/core/identity/create-identity';
import { preparedFileChooser } from '../electron/core/office/prepared-file-chooser';
import type { PreparedChoices } from '../electron/core/office/prepared-file-chooser';
import { launchChromium, openHarness } from '../harness/transport';
import type { Harness, HarnessOptions } from '../harness/transport';
import { foldersMissingAPlantedLeak, storedDocx } from '../support/marker-documents';
import { plaintextFoundUnder } from '../support/plaintext-scan';
import type { PlaintextFinding } from '../support/plaintext-scan';

export const OFFICE_PASSPHRASE = '办公室口令 e2e 标杆遴选 测试';
/** In every fixture material's text: it must never reach the disk in plaintext. */
export const MATERIAL_MARKER = '申报材料正文机密标记e2e';

export interface OfficeFixture {
  /** Holds the inputs (archives, register, identity file, cards) and the folders below. */
  readonly root: string;
  /** Where the office's dialogs put the workspace and the packages. */
  readonly officeFolder: string;
  /**
   * Where the slips dialog answers by default: the one deliberate plaintext export (口令单,
   * docs/security.md "Deliberate plaintext exports"). It lies beside the scanned folders, never
   * inside one, so the secrecy scan exempts it by leaving it out, here and nowhere else.
   */
  readonly slipsFolder: string;
  /** The app's data directory (userData) the harness writes to. */
  readonly appDataDir: string;
  /** TMPDIR of the core services while a test runs. */
  readonly tempDir: string;
  readonly chooser: ReturnType<typeof preparedFileChooser>;
  readonly choices: PreparedChoices;
  /** Archive files named "申报编号+申报单位全称.zip", ready to drop. */
  readonly archives: readonly string[];
  /** A damaged archive, to see an error category. */
  readonly brokenArchive: string;
  readonly registerCsv: string;
  /** Identity-card JSON text per expert id. */
  readonly cards: Readonly<Record<string, string>>;
  cleanup(): Promise<void>;
}

function scan(label: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${label}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
}

export const fixtureApplications = [
  {
    no: '2026001',
    name: '华东精密轴承有限公司',
    title: '精益质量管理实践',
    unit: '江苏省工业和信息化厅',
    scope: 1,
  },
  {
    no: '2026002',
    name: '西部智能装备股份有限公司',
    title: '数字化质量管控平台',
    unit: '四川省经济和信息化厅',
    scope: 2,
  },
  {
    no: '2026003',
    name: '北方新材料科技有限公司',
    title: '全员质量改进经验',
    unit: '中国机械工业联合会',
    scope: 1,
  },
] as const;

export const fixtureExperts = [
  { id: 'e01', name: '李主任', organisation: '清华大学', region: '北京', role: 'chair' },
  { id: 'e02', name: '王组长', organisation: '上海交通大学', region: '上海', role: 'leader' },
  { id: 'e03', name: '张专家', organisation: '江苏质量研究院', region: '江苏', role: 'expert' },
  { id: 'e04', name: '赵专家', organisation: '浙江大学', region: '浙江', role: 'expert' },
] as const;

export async function prepareOfficeFixture(): Promise<OfficeFixture> {
  const root = await mkdtemp(join(tmpdir(), 'qbr-e2e-office-'));
  const inputs = join(root, 'inputs');
  const officeFolder = join(root, 'office');
  const appDataDir = join(root, 'app-data');
  const tempDir = join(root, 'tmp');
  for (const folder of [inputs, officeFolder, appDataDir, tempDir]) await mkdir(folder);
  const office = await createIdentity(
    { name: '全国质量标杆工作办公室', organisation: '中国质量协会', role: 'office' },
    OFFICE_PASSPHRASE,
    { scryptLogN: 14 },
  );
  const identityFile = join(root, 'office.qbid');
  await writeFile(identityFile, office.file);

  const cards: Record<string, string> = {};
  for (const expert of fixtureExperts) {
    const created = await createIdentity(
      {
        name: expert.name,
        organisation: expert.organisation,
        region: expert.region,
        role: expert.role,
      },
      'expert passphrase',
      { scryptLogN: 14 },
    );
    cards[expert.id] = JSON.stringify(created.identity.card, null, 2);
  }

  const archives: string[] = [];
  for (const app of fixtureApplications) {
    const path = join(inputs, `${app.no}+${app.name}.zip`);
    // Stored, in a stored archive: the marker is in the archive's bytes as is.
    await writeFile(
      path,
      zipSync(
        {
          [`${app.name}申报材料.docx`]: await storedDocx(`${app.title}：${MATERIAL_MARKER}`),
          '推荐表.pdf': scan('recommendation'),
          '承诺书.pdf': scan('commitment'),
        },
        { level: 0 },
      ),
    );
    archives.push(path);
  }
  const brokenArchive = join(inputs, '2026009+损坏的压缩包有限公司.zip');
  await writeFile(brokenArchive, Buffer.from('PK\x03\x04 this is not really a zip archive'));

  const registerCsv = join(inputs, '申报登记表.csv');
  await writeFile(
    registerCsv,
    [
      '申报编号,申报单位全称,经验名称,推荐单位,遴选范围,重点领域,是否中小企业',
      ...fixtureApplications.map((a) => `${a.no},${a.name},${a.title},${a.unit},${a.scope},否,否`),
    ].join('\n'),
  );

  const slipsFolder = join(root, '口令单');
  const choices: PreparedChoices = {
    identityFile,
    workspace: join(officeFolder, '2026.qboffice'),
    outputFolder: join(officeFolder, 'packages'),
    slipsFolder,
  };
  return {
    root,
    officeFolder,
    slipsFolder,
    appDataDir,
    tempDir,
    chooser: preparedFileChooser(choices),
    choices,
    archives,
    brokenArchive,
    registerCsv,
    cards,
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** Goes to the office's intake screen and creates the year's case through the UI. */
export async function createCaseInUi(page: Page, year = 2026): Promise<void> {
  await page.getByRole('radio', { name: '办公室' }).click();
  await page.getByRole('button', { name: '受理申报' }).click();
  await page.getByLabel('办公室身份口令').fill(OFFICE_PASSPHRASE);
  await page.getByLabel('评选年度').fill(String(year));
  await page.getByRole('button', { name: '新建案卷' }).click();
  await page.getByText('办公室指纹').waitFor();
}

/** Imports the fixture's archives and register through the intake screen's file inputs. */
export async function importFixture(page: Page, fixture: OfficeFixture): Promise<void> {
  await page.getByRole('button', { name: '受理申报' }).click();
  await page.getByTestId('archive-input').setInputFiles([...fixture.archives]);
  await page.getByText(`已导入 ${fixture.archives.length} 个压缩包`).waitFor();
  await page.getByTestId('register-input').setInputFiles(fixture.registerCsv);
  await page.getByTestId('register-report').waitFor();
}

/** What must never be on disk in plaintext: the materials' marker and the applicants' names. */
export const CONFIDENTIAL_TEXTS = [MATERIAL_MARKER, ...fixtureApplications.map((a) => a.name)];

const isFolder = (path: string) =>
  stat(path).then(
    (found) => found.isDirectory(),
    () => false,
  );

/** Chromium's profile folder (its --user-data-dir), which Playwright makes under its TMPDIR. */
async function chromiumProfileDirs(chromiumScratch: string): Promise<string[]> {
  const tmp = join(chromiumScratch, 'tmp');
  const names = await readdir(tmp);
  return names
    .filter((n) => n.startsWith('playwright_chromiumdev_profile-'))
    .map((n) => join(tmp, n));
}

/**
 * Registers, inside a describe block, the lifecycle every office e2e test shares: one Chromium
 * for the block, and per test a fresh fixture and harness whose dialogs answer with it; after
 * each test, no request may have left the app and no page error may have occurred, and no
 * confidential text may be in plaintext in any folder the app or Chromium wrote: the office's
 * folder, the app's data directory, the core services' temp folder, Chromium's profile, home and
 * temp folders. The scan runs with the session open and again once it is closed; then a leak is
 * planted in each of those folders to show the same scan would have reported it.
 */
export function officeHarnessPerTest(
  viewport?: { width: number; height: number },
  /** The expert's desk's dialog, for a test that opens a package the office sealed. */
  extra: Pick<
    HarnessOptions,
    | 'packageChooser'
    | 'dropFolder'
    | 'reviewChooser'
    | 'deliberationChooser'
    | 'committeeChooser'
    | 'followUpChooser'
  > = {},
): {
  readonly harness: Harness;
  readonly fixture: OfficeFixture;
  /** The scan the lifecycle runs after each test, for a test to run at a point of its own. */
  scanWritten(): Promise<PlaintextFinding[]>;
} {
  let browser: Browser;
  let chromiumScratch: string;
  let harness: Harness | undefined;
  let fixture: OfficeFixture | undefined;
  let previousTmp: string | undefined;
  // Every folder the app writes to, except the slips folder (OfficeFixture.slipsFolder).
  const writtenFolders = () => [
    fixture!.officeFolder,
    fixture!.appDataDir,
    fixture!.tempDir,
    chromiumScratch,
  ];
  const scan = (texts: readonly string[]) => plaintextFoundUnder(writtenFolders(), texts);
  beforeAll(async () => {
    chromiumScratch = await mkdtemp(join(tmpdir(), 'qbr-e2e-chromium-'));
    browser = await launchChromium(chromiumScratch);
  });
  afterAll(async () => {
    await browser.close();
    await rm(chromiumScratch, { recursive: true, force: true });
  });
  beforeEach(async () => {
    fixture = await prepareOfficeFixture();
    // Temp files the core services write land where the scan looks.
    previousTmp = process.env.TMPDIR;
    process.env.TMPDIR = fixture.tempDir;
    harness = await openHarness(browser, {
      ...(viewport ? { viewport } : {}),
      fileChooser: fixture.chooser,
      appDataDir: fixture.appDataDir,
      ...extra,
    });
    await harness.open();
  });
  afterEach(async () => {
    const { outsideRequests, pageProblems } = harness!;
    try {
      const whileOpen = await scan(CONFIDENTIAL_TEXTS);
      await harness!.close();
      const afterClose = await scan(CONFIDENTIAL_TEXTS);
      const profiles = await chromiumProfileDirs(chromiumScratch);
      const { workspace, outputFolder } = fixture!.choices;
      const plantIn = [...writtenFolders(), ...profiles, workspace!, outputFolder!];
      // The workspace and packages exist only once a test made them.
      const existing: string[] = [];
      for (const folder of plantIn) if (await isFolder(folder)) existing.push(folder);
      const missed = await foldersMissingAPlantedLeak(existing, MATERIAL_MARKER, scan);
      expect(outsideRequests).toEqual([]);
      expect(pageProblems).toEqual([]);
      expect(profiles, 'Chromium’s profile is inside the scanned folder').toHaveLength(1);
      expect(whileOpen).toEqual([]);
      expect(afterClose).toEqual([]);
      expect(missed).toEqual([]);
    } finally {
      if (previousTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previousTmp;
      await fixture!.cleanup();
    }
  });
  return {
    get harness() {
      return harness!;
    },
    get fixture() {
      return fixture!;
    },
    scanWritten: () => scan(CONFIDENTIAL_TEXTS),
  };
}
