/**
 * qbreview report --result as the vice-chair (acting for the chair, who is in conflict with one
 * application) runs it over a real result bundle: the committee round of the committee's tests
 * (two groups sealed by the office's code, their group bundles), merged with a quota of 3 and
 * signed; the 入围答辩名单 as Word, CSV and XLSX beside the group reports, the cut one with its
 * reason; a tampered result bundle fails with its code and writes nothing.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareCommitteeMerge, writeResultBundle } from '../../../electron/core/committee';
import { encodeIdentityFile } from '../../../electron/core/identity';
import { committeeRound } from '../core/committee/committee-round';
import { cli } from './run-cli';

const scratch = await mkdtemp(join(tmpdir(), 'qb-report-result-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const round = await committeeRound(join(scratch, 'round'));
const vice = round.identity('e10');
const viceManifest = round.manifests.get('e10')!;
const g1 = await round.groupBundle('e01');
const g2 = await round.groupBundle('e04');
const prepared = await prepareCommitteeMerge({
  identity: vice,
  manifest: viceManifest,
  bundles: [g1, g2],
  settings: { quota: 3, scoreLine: null, basis: 'raw', exclusions: [] },
});
const result = await writeResultBundle({
  identity: vice,
  roster: viceManifest.rosterStatement!,
  sequence: 1,
  merge: prepared.merge,
  groupBundles: prepared.groupBundles,
  readersOf: prepared.readersOf,
  mergeReaders: prepared.mergeReaders,
});

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(scratch, name);
  await writeFile(path, bytes);
  return path;
}
const identity = await file('e10.qbid', await encodeIdentityFile(vice, 'vice-pass-2026', 10));
const env = { QBREVIEW_STATE_DIR: join(scratch, 'state'), QBREVIEW_PASSPHRASE: 'vice-pass-2026' };
const args = (out: string, resultFile: string, groups: string[] = []) => [
  'report',
  ...groups.flatMap((g) => ['--group', g]),
  '--result',
  resultFile,
  '--identity',
  identity,
  '--package',
  join(scratch, 'round', 'packages', 'e10.qbcase'),
  '--office-fingerprint',
  round.office.card.fingerprint,
  '--out',
  out,
  '--json',
];

describe('qbreview report --result', () => {
  it('writes 入围答辩名单 as Word, CSV and XLSX beside the group reports', async () => {
    const out = join(scratch, 'out');
    await mkdir(out);
    const groups = [await file('g1.qbbundle', g1), await file('g2.qbbundle', g2)];
    const run = await cli(args(out, await file('result.qbbundle', result), groups), env);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const answer = run.json?.result as { folder: string; files: string[]; list: unknown };
    expect(answer.list).toEqual({ kind: 'defense-shortlist', rows: 4 });
    expect(answer.folder).toBe('评审报告-2026年资料评审');
    for (const name of ['入围答辩名单.docx', '入围答辩名单.csv', '入围答辩名单.xlsx']) {
      expect(answer.files).toContain(name);
    }
    // The group reports of both groups, one folder.
    expect(answer.files).toContain('评分汇总表-第一组.docx');
    expect(answer.files).toContain('评分汇总表-第二组.docx');
    expect(await readdir(join(out, answer.folder))).toHaveLength(answer.files.length);
    const { value } = await mammoth.extractRawText({
      buffer: await readFile(join(out, answer.folder, '入围答辩名单.docx')),
    });
    for (const entry of prepared.merge.list.entries) expect(value).toContain(entry.applicationNo);
    expect(prepared.merge.list.cuts).toHaveLength(1);
    expect(value).toContain('超出名额（第 4 位，名额 3）');
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await readFile(join(out, answer.folder, '入围答辩名单.csv')),
    );
    expect(csv.startsWith('\uFEFF"排名"')).toBe(true);
  });

  it('refuses a tampered result bundle and writes nothing', async () => {
    const out = join(scratch, 'out-bad');
    await mkdir(out);
    const bad = Uint8Array.from(result);
    const at = bad.length - 30;
    bad[at] = bad[at]! ^ 0x01;
    const run = await cli(args(out, await file('bad.qbbundle', bad)), env);
    expect(run.code).not.toBe(0);
    expect(run.json?.error?.code).toMatch(/^result-/);
    expect(await readdir(out)).toEqual([]);
  });
});
