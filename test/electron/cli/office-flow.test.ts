/**
 * Every flow of the office's case, through the qbreview command as a user runs it: identities,
 * case creation, intake (ZIP and folder, re-import), register import, panel set-up, conflicts,
 * sealing; then each package opened by its expert. Confidential markers go into a material's
 * text (stored uncompressed, so its bytes show the marker) and an application's name. The CLI
 * runs with its home, per-user and temp folders inside the test's scratch folder; afterwards
 * every file written there is scanned for the markers (test/support/plaintext-scan.ts: raw,
 * base64, inside any ZIP or gzip), and the same scan is shown to catch a leak planted in each.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseManifestSchema } from '../../../shared/case/case-manifest';
import { openCasePackage } from '../../../electron/core/case/open-case-package';
import { isCryptoError } from '../../../electron/core/crypto/crypto-error';
import { unlockIdentity } from '../../../electron/core/identity/identity-file';
import { normalisePackagePassphrase } from '../../../shared/security/package-passphrase';
import { foldersMissingAPlantedLeak, storedDocx } from '../../support/marker-documents';
import { filesUnder, plaintextFoundUnder } from '../../support/plaintext-scan';
import { cli as runCli } from './run-cli';

const MATERIAL_MARKER = 'QB机密正文标记7c1e';
const NAME_MARKER = '保密标记甲乙科技有限公司';
const OTHER_NAME = '普通示范制造股份有限公司';
const OTHER_MATERIAL = '另一家单位的申报材料正文';
const PASS = 'office passphrase 办公室口令';

let root: string;
let inputs: string;
let work: string;
let scratchTmp: string;
let previousTmp: string | undefined;
const env = () => ({ QBREVIEW_PASSPHRASE: PASS });

/**
 * Where a user's per-user files go on Linux, macOS and Windows, each inside the scratch folder,
 * as the real locations are for a real user: the CLI sees no other home.
 */
const userFolders = () => {
  const home = join(root, 'home');
  return {
    HOME: home,
    USERPROFILE: home,
    XDG_STATE_HOME: join(home, '.local', 'state'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    APPDATA: join(home, 'AppData', 'Roaming'),
    LOCALAPPDATA: join(home, 'AppData', 'Local'),
    XDG_RUNTIME_DIR: join(root, 'run'),
    QBREVIEW_STATE_DIR: join(root, 'qbreview-state'),
    TMPDIR: scratchTmp,
    TMP: scratchTmp,
    TEMP: scratchTmp,
  };
};

/** qbreview as a user runs it, with `userFolders` as their environment. */
function cli(argv: readonly string[], extra: NodeJS.ProcessEnv = {}) {
  return runCli(argv, { ...userFolders(), ...extra });
}

/** Every folder a flow may write to: the work folder, temp, home, runtime and state folders. */
const writtenFolders = () => {
  const { HOME, XDG_RUNTIME_DIR, QBREVIEW_STATE_DIR } = userFolders();
  return [work, scratchTmp, HOME, XDG_RUNTIME_DIR, QBREVIEW_STATE_DIR];
};
const scanWritten = (texts: readonly string[]) => plaintextFoundUnder(writtenFolders(), texts);

function fakeScan(label: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${label}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'qbr-flow-'));
  inputs = join(root, 'inputs');
  work = join(root, 'work');
  scratchTmp = join(root, 'tmp');
  await mkdir(inputs);
  await mkdir(work);
  await mkdir(scratchTmp);
  for (const folder of Object.values(userFolders())) await mkdir(folder, { recursive: true });
  // Temp files of every flow land here, so the scan sees them.
  previousTmp = process.env.TMPDIR;
  process.env.TMPDIR = scratchTmp;

  // Stored, not deflated, in a stored archive: the marker is in the archive's bytes as is.
  const docx = await storedDocx(`本单位质量管理经验 ${MATERIAL_MARKER}`);
  await writeFile(
    join(inputs, `2026001＋${NAME_MARKER}.zip`),
    zipSync(
      {
        '申报材料.docx': docx,
        '推荐表（盖章）.pdf': fakeScan('recommendation'),
        '承诺书.pdf': fakeScan('commitment'),
      },
      { level: 0 },
    ),
  );
  const folder = join(inputs, `2026002+${OTHER_NAME}`);
  await mkdir(folder);
  await writeFile(join(folder, '申报材料.docx'), await storedDocx(OTHER_MATERIAL));
  await writeFile(join(folder, '推荐表.pdf'), fakeScan('r2'));
  await writeFile(join(folder, '承诺书.pdf'), fakeScan('c2'));
  await writeFile(
    join(inputs, 'register.csv'),
    [
      '申报编号,申报单位全称,经验名称,推荐单位,遴选范围,重点领域,是否中小企业',
      `2026001,${NAME_MARKER},数字化质量管控经验,北京市经济和信息化局,2,否,否`,
      `2026002,${OTHER_NAME},全面质量管理实践,中国机械工业联合会,1,否,否`,
    ].join('\n'),
  );
});

afterAll(async () => {
  if (previousTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previousTmp;
  await rm(root, { recursive: true, force: true });
});

describe('the office flow through qbreview', () => {
  const caseDir = () => join(work, '2026.qboffice');
  const out = () => join(work, 'packages');
  /** The slips: the one deliberate plaintext export, to a folder apart (docs/security.md). */
  const slips = () => join(root, 'slips-for-printing');
  const officeCardOf = async () =>
    JSON.parse((await cli(['identity', 'card', join(work, 'office.qbid'), '--json'], env())).stdout)
      .result.card as { fingerprint: string };
  const people = [
    { id: 'e01', name: '主任委员甲', role: 'chair' },
    { id: 'e02', name: '组长乙', role: 'leader' },
    { id: 'e03', name: '组员丙', role: 'member' },
    { id: 'e04', name: '组员丁', role: 'member' },
  ] as const;

  it('creates identities and exports their cards', async () => {
    const office = await cli(
      [
        'identity',
        'create',
        '--name',
        '办公室',
        '--organisation',
        '中国质量协会',
        '--role',
        'office',
        '--out',
        join(work, 'office.qbid'),
        '--work-factor',
        '14',
        '--json',
      ],
      env(),
    );
    expect(office.code, office.stdout + office.stderr).toBe(0);
    for (const person of people) {
      const created = await cli(
        [
          'identity',
          'create',
          '--name',
          person.name,
          '--organisation',
          `${person.name}所在大学`,
          '--region',
          '北京',
          '--role',
          person.role === 'member' ? 'expert' : person.role,
          '--out',
          join(work, `${person.id}.qbid`),
          '--work-factor',
          '14',
        ],
        env(),
      );
      expect(created.code, created.stderr).toBe(0);
      const card = await cli(
        [
          'identity',
          'card',
          join(work, `${person.id}.qbid`),
          '--out',
          join(work, `${person.id}.card.json`),
        ],
        env(),
      );
      expect(card.code, card.stderr).toBe(0);
    }
  });

  it('exports a card only from the unlocked identity, and refuses a weak new passphrase', async () => {
    const locked = await cli(['identity', 'card', join(work, 'e03.qbid')], {
      QBREVIEW_PASSPHRASE: 'not the passphrase',
    });
    expect(locked.code).toBe(1);
    expect(locked.stderr).toContain('口令不正确');
    const weak = await cli(
      [
        'identity',
        'create',
        '--name',
        '弱口令',
        '--organisation',
        '某单位',
        '--role',
        'expert',
        '--out',
        join(work, 'weak.qbid'),
      ],
      { QBREVIEW_PASSPHRASE: 'woaini1314' },
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/口令.*(常见|容易被猜中)/);
    expect(weak.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('refuses to overwrite an identity and never takes a passphrase it cannot read', async () => {
    const again = await cli(
      [
        'identity',
        'create',
        '--name',
        'x',
        '--organisation',
        'y',
        '--role',
        'office',
        '--out',
        join(work, 'office.qbid'),
      ],
      env(),
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('文件已存在');
    const noPass = await cli([
      'case',
      'create',
      caseDir(),
      '--identity',
      join(work, 'office.qbid'),
      '--year',
      '2026',
    ]);
    expect(noPass.code).toBe(1);
    expect(noPass.stderr).toContain('QBREVIEW_PASSPHRASE');
    expect(noPass.stderr).not.toMatch(/\n\s+at /);
  });

  it('creates the case and takes in a ZIP and a folder, duplicating nothing on re-import', async () => {
    const officeId = ['--identity', join(work, 'office.qbid')];
    expect(
      (await cli(['case', 'create', caseDir(), ...officeId, '--year', '2026'], env())).code,
    ).toBe(0);
    const first = await cli(
      [
        'intake',
        caseDir(),
        join(inputs, `2026001＋${NAME_MARKER}.zip`),
        join(inputs, `2026002+${OTHER_NAME}`),
        ...officeId,
        '--json',
      ],
      env(),
    );
    expect(first.code, first.stdout).toBe(0);
    const reports = (first.json!.result as { reports: { added: number; refused: boolean }[] })
      .reports;
    expect(reports.map((r) => [r.refused, r.added])).toEqual([
      [false, 3],
      [false, 3],
    ]);
    const again = await cli(
      ['intake', caseDir(), join(inputs, `2026001＋${NAME_MARKER}.zip`), ...officeId, '--json'],
      env(),
    );
    const second = (again.json!.result as { reports: { added: number; duplicates: number }[] })
      .reports;
    expect(second).toMatchObject([{ added: 0, duplicates: 3 }]);
  });

  it('imports the register and matches it against the archives', async () => {
    const result = await cli(
      [
        'register',
        'import',
        caseDir(),
        join(inputs, 'register.csv'),
        '--identity',
        join(work, 'office.qbid'),
        '--json',
      ],
      env(),
    );
    expect(result.code, result.stdout).toBe(0);
    expect(result.json!.result).toMatchObject({
      rows: 2,
      imported: 2,
      registerOnly: [],
      archiveOnly: [],
    });
  });

  it('registers a card only with the fingerprint the expert read out, and only a safe id', async () => {
    const officeId = ['--identity', join(work, 'office.qbid')];
    const card = join(work, 'e03.card.json');
    const swapped = await cli(
      [
        'expert',
        'add',
        caseDir(),
        card,
        '--id',
        'e03',
        '--fingerprint',
        'AAAA-BBBB-CCCC-DDDD',
        ...officeId,
      ],
      env(),
    );
    expect(swapped.code).toBe(1);
    expect(swapped.stderr).toContain('指纹不一致');
    const fingerprint = JSON.parse(await readFile(card, 'utf8')).fingerprint as string;
    const escaping = await cli(
      [
        'expert',
        'add',
        caseDir(),
        card,
        '--id',
        '../../x',
        '--fingerprint',
        fingerprint,
        ...officeId,
      ],
      env(),
    );
    expect(escaping.code).toBe(1);
    expect(escaping.stderr).toContain('编号须为');
    // A card edited on the way (its signed region changed) is refused whatever the fingerprint.
    const edited = join(work, 'edited.card.json');
    await writeFile(
      edited,
      JSON.stringify({ ...JSON.parse(await readFile(card, 'utf8')), region: '上海' }),
    );
    const tampered = await cli(
      [
        'expert',
        'add',
        caseDir(),
        edited,
        '--id',
        'e03',
        '--fingerprint',
        fingerprint,
        ...officeId,
      ],
      env(),
    );
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('未经本人签名');
  });

  it('sets up the panel, records a conflict and seals one package per person', async () => {
    const officeId = ['--identity', join(work, 'office.qbid')];
    for (const person of people) {
      const role = person.role === 'chair' ? 'chair' : person.role;
      // Read out by the expert over the phone, in lower case and with spaces: still the same.
      const fingerprint = (
        JSON.parse(await readFile(join(work, `${person.id}.card.json`), 'utf8'))
          .fingerprint as string
      )
        .toLowerCase()
        .replace(/-/g, ' ');
      const added = await cli(
        [
          'expert',
          'add',
          caseDir(),
          join(work, `${person.id}.card.json`),
          '--id',
          person.id,
          '--fingerprint',
          fingerprint,
          '--role',
          role,
          '--fields',
          '卓越绩效,数字化质量管理',
          '--industries',
          '装备制造',
          ...officeId,
        ],
        env(),
      );
      expect(added.code, added.stderr).toBe(0);
    }
    const steps = [
      [
        'group',
        'set',
        caseDir(),
        '--id',
        'g1',
        '--name',
        '第一组',
        '--leader',
        'e02',
        '--members',
        'e03,e04',
      ],
      // The chair is in conflict with 2026002 below: without a vice-chair nobody could sign the
      // round whole, and sealing would refuse (committee-chair-conflicted-alone). The leader, in
      // conflict with none, is the vice-chair.
      ['committee', 'set', caseDir(), '--chair', 'e01', '--vice-chair', 'e02'],
      ['round', 'include', caseDir(), '2026001', '2026002'],
      ['assign', caseDir(), '--application', '2026001', '--group', 'g1'],
      ['assign', caseDir(), '--application', '2026002', '--group', 'g1'],
      [
        'conflict',
        'add',
        caseDir(),
        '--expert',
        'e04',
        '--application',
        '2026001',
        '--kind',
        'same-organisation',
      ],
      [
        'conflict',
        'add',
        caseDir(),
        '--expert',
        'e01',
        '--application',
        '2026002',
        '--kind',
        'other',
        '--reason',
        '曾任顾问',
      ],
    ];
    for (const step of steps) {
      const result = await cli([...step, ...officeId], env());
      expect(result.code, `${step.join(' ')}: ${result.stderr}`).toBe(0);
    }
    const beside = await cli(
      [
        'case',
        'seal',
        caseDir(),
        '--out',
        out(),
        '--with-passphrases',
        '--slips',
        join(out(), 'slips'),
        ...officeId,
      ],
      env(),
    );
    expect(beside.code).toBe(1);
    expect(beside.stderr).toContain('口令单须保存在与案卷包不同的文件夹');
    const sealed = await cli(
      [
        'case',
        'seal',
        caseDir(),
        '--out',
        out(),
        '--with-passphrases',
        '--slips',
        slips(),
        ...officeId,
        '--json',
      ],
      env(),
    );
    expect(sealed.code, sealed.stdout + sealed.stderr).toBe(0);
    const result = sealed.json!.result as {
      packages: { expertId: string; materials: number; passphrase: string; size: number }[];
      slips: string[];
    };
    const packages = result.packages;
    expect(result.slips).toHaveLength(4);
    // Each package opens with its own passphrase, typed as printed, and with no other.
    const officeCard = await officeCardOf();
    for (const p of packages) {
      for (const other of packages) {
        const opening = openCasePackage(join(out(), `${p.expertId}.qbcase`), {
          officeFingerprint: officeCard.fingerprint,
          passphrase: normalisePackagePassphrase(other.passphrase)!,
        });
        if (other === p) await (await opening).close();
        else await expect(opening).rejects.toSatisfy((e) => isCryptoError(e, 'wrong-passphrase'));
      }
    }
    // The group's packages are one length, the conflicted member's (e04) included.
    const size = (id: string) => packages.find((p) => p.expertId === id)!.size;
    expect(new Set(['e02', 'e03', 'e04'].map(size)).size).toBe(1);
    const afterSeal = await cli(
      ['assign', caseDir(), '--application', '2026002', '--group', 'g1', ...officeId],
      env(),
    );
    expect(afterSeal.code, 'a sealed round no longer changes').toBe(1);
    expect(Object.fromEntries(packages.map((p) => [p.expertId, p.materials]))).toEqual({
      e01: 3,
      e02: 6,
      e03: 6,
      e04: 3,
    });
    // About thirty commands, each a process of its own: minutes on a loaded two-core machine.
  }, 180_000);

  it('gives each person only what they may see: a conflicted application is absent in every form', async () => {
    const officeCard = await officeCardOf();
    // Each expert is in conflict with one application and sees the other one's material text.
    for (const [id, hidden, hiddenText, seenText] of [
      ['e04', NAME_MARKER, MATERIAL_MARKER, OTHER_MATERIAL],
      ['e01', OTHER_NAME, OTHER_MATERIAL, MATERIAL_MARKER],
    ] as const) {
      const identity = await unlockIdentity(await readFile(join(work, `${id}.qbid`)), PASS);
      const opened = await openCasePackage(join(out(), `${id}.qbcase`), {
        officeFingerprint: officeCard.fingerprint,
        identity: identity.ageIdentity,
      });
      try {
        const manifest = CaseManifestSchema.parse(opened.manifest);
        const everything = JSON.stringify(manifest);
        expect(everything).not.toContain(hidden);
        expect(everything).not.toContain(hidden === NAME_MARKER ? '2026001' : '2026002');
        expect(manifest.applications).toHaveLength(1);
        const texts: Buffer[] = [];
        for (const material of manifest.materials) {
          const bytes = Buffer.from(await opened.readEntry(material.entryId));
          expect(bytes.length).toBe(material.size);
          texts.push(bytes);
        }
        // The materials are stored uncompressed: the seen text shows, so the absence means something.
        expect(texts.some((bytes) => bytes.includes(Buffer.from(seenText)))).toBe(true);
        expect(texts.some((bytes) => bytes.includes(Buffer.from(hiddenText)))).toBe(false);
      } finally {
        await opened.close();
      }
    }
  });

  it('opens the defense round from the shortlist and seals it under the defense rubric', async () => {
    const officeId = ['--identity', join(work, 'office.qbid')];
    const defense = await cli(
      ['round', 'defense', caseDir(), '2026002', ...officeId, '--json'],
      env(),
    );
    expect(defense.code, defense.stdout + defense.stderr).toBe(0);
    expect(defense.json!.result).toEqual({ id: 'defense', applications: 1, materials: 3 });
    const sealed = await cli(
      [
        'case',
        'seal',
        caseDir(),
        '--round',
        'defense',
        '--out',
        join(work, 'defense'),
        ...officeId,
        '--json',
      ],
      env(),
    );
    expect(sealed.code, sealed.stdout).toBe(0);
    const officeCard = await officeCardOf();
    const identity = await unlockIdentity(await readFile(join(work, 'e03.qbid')), PASS);
    const opened = await openCasePackage(join(work, 'defense', 'e03.qbcase'), {
      officeFingerprint: officeCard.fingerprint,
      identity: identity.ageIdentity,
    });
    try {
      const manifest = CaseManifestSchema.parse(opened.manifest);
      expect(manifest.round.kind).toBe('defense');
      expect(manifest.round.rubric.roundKind).toBe('defense');
      expect(manifest.applications.map((a) => a.applicationNo)).toEqual(['2026002']);
    } finally {
      await opened.close();
    }
  });

  it('reissues one person’s package with the next sequence and a new passphrase', async () => {
    const officeId = ['--identity', join(work, 'office.qbid')];
    const before = await readFile(join(out(), 'e02.qbcase'));
    const reissued = await cli(
      [
        'case',
        'reissue',
        caseDir(),
        '--expert',
        'e03',
        '--out',
        out(),
        '--with-passphrases',
        '--slips',
        slips(),
        '--note',
        '口令单遗失',
        ...officeId,
        '--json',
      ],
      env(),
    );
    expect(reissued.code, reissued.stdout + reissued.stderr).toBe(0);
    // e03's third package in the case: the material round's, the defense round's, this one.
    expect(reissued.json!.result).toMatchObject({ packages: [{ expertId: 'e03', sequence: 3 }] });
    expect((await readFile(join(out(), 'e02.qbcase'))).equals(before)).toBe(true);
  });

  it('refuses an older state copied back, naming both generations, and restores it only on purpose', async () => {
    const officeId = ['--identity', join(work, 'office.qbid')];
    const state = join(caseDir(), 'state.qbs');
    const older = await readFile(state);
    const change = await cli(
      [
        'conflict',
        'add',
        caseDir(),
        '--expert',
        'e03',
        '--application',
        '2026001',
        '--kind',
        'other',
        '--reason',
        '后来发现',
        ...officeId,
      ],
      env(),
    );
    expect(change.code, change.stderr).toBe(0);
    await writeFile(state, older);
    const refused = await cli(['case', 'info', caseDir(), ...officeId], env());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/案卷状态被回退：文件夹中是第 (\d+) 版，本机已见过第 (\d+) 版/);
    const [, found] = /第 (\d+) 版/.exec(refused.stderr)!;
    const restored = await cli(
      ['case', 'restore', caseDir(), '--generation', found!, ...officeId, '--json'],
      env(),
    );
    expect(restored.code, restored.stdout + restored.stderr).toBe(0);
    expect(restored.json!.result).toMatchObject({ restored: true, accepted: Number(found) });
    const info = await cli(['case', 'info', caseDir(), ...officeId], env());
    expect(info.code, info.stderr).toBe(0);
    // The memory of generations is a per-user file, outside the case folder.
    expect(
      await readFile(join(userFolders().QBREVIEW_STATE_DIR, 'workspace-generations.json'), 'utf8'),
    ).toContain('restores');
  });

  it('shows the package without keys, and refuses a wrong passphrase with a clear line', async () => {
    const info = await cli(['case', 'info', join(out(), 'e02.qbcase'), '--json']);
    expect(info.json).toMatchObject({
      ok: true,
      result: { kind: 'package', recipientCount: 1, signatureValid: true },
    });
    const wrong = await cli(['case', 'info', caseDir(), '--identity', join(work, 'office.qbid')], {
      QBREVIEW_PASSPHRASE: 'not it',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('口令不正确');
    expect(wrong.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('took in a material whose bytes show the marker, so a leak of them would be seen', async () => {
    const inInputs = await plaintextFoundUnder([inputs], [MATERIAL_MARKER]);
    expect(inInputs).toContainEqual(
      expect.objectContaining({ encoding: 'utf-8', form: 'raw', inside: [] }),
    );
  });

  it('left no confidential byte in plaintext anywhere it wrote', async () => {
    const written = (await Promise.all(writtenFolders().map(filesUnder))).flat();
    expect(written.length).toBeGreaterThan(10);
    expect(await scanWritten([MATERIAL_MARKER, NAME_MARKER])).toEqual([]);
  });

  it('would have seen a deflated .docx leaked into the work, temp, home or per-user folders', async () => {
    const planted = [...new Set([work, out(), caseDir(), ...Object.values(userFolders())])];
    expect(await foldersMissingAPlantedLeak(planted, MATERIAL_MARKER, scanWritten)).toEqual([]);
  });
});
