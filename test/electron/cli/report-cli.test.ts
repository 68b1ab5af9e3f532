/**
 * qbreview report as the chair runs it over a real group bundle (report-round.ts: a sealed round,
 * the members' review bundles, the leader's deliberation): the plaintext warning first, the
 * reports in a new folder inside --out, read back with mammoth; a second run makes a second
 * folder and overwrites nothing; a tampered bundle fails with its code and writes no folder; a
 * member of the group, who may not read the group bundle, gets no report.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeIdentityFile } from '../../../electron/core/identity';
import { DISSENT, reportRound } from '../core/report/report-round';
import { cli } from './run-cli';

const scratch = await mkdtemp(join(tmpdir(), 'qb-report-cli-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const { round, bundle, applicationIds } = await reportRound(scratch);
const office = round.sealed.office.card.fingerprint;

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(scratch, name);
  await writeFile(path, bytes);
  return path;
}

const chairId = await file(
  'e09.qbid',
  await encodeIdentityFile(round.identity('e09'), 'chair-pass-2026', 10),
);
const memberId = await file(
  'e02.qbid',
  await encodeIdentityFile(round.identity('e02'), 'member-pass-2026', 10),
);
const groupFile = await file('g1.qbbundle', bundle);
const state = { QBREVIEW_STATE_DIR: join(scratch, 'state') };
const asChair = { ...state, QBREVIEW_PASSPHRASE: 'chair-pass-2026' };
const asMember = { ...state, QBREVIEW_PASSPHRASE: 'member-pass-2026' };

function args(out: string, options: { group?: string; identity?: string; who?: string } = {}) {
  return [
    'report',
    '--group',
    options.group ?? groupFile,
    '--identity',
    options.identity ?? chairId,
    '--package',
    round.sealed.file(options.who ?? 'e09'),
    '--office-fingerprint',
    office,
    '--out',
    out,
    '--json',
  ];
}

describe('qbreview report', () => {
  const out = join(scratch, 'out');

  it('writes the group reports into a new folder, after the plaintext warning', async () => {
    await mkdir(out);
    const run = await cli(args(out), asChair);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const result = run.json?.result as { folder: string; files: string[]; groups: unknown[] };
    // Named as the case names the round and the group, not by their ids.
    expect(result.folder).toBe('评审报告-2026年资料评审-第一组');
    expect(result.groups).toEqual([{ groupId: 'g1', groupName: '第一组', applications: 3 }]);
    expect(result.files).toHaveLength(applicationIds.length + 2);
    expect([...(await readdir(join(out, result.folder)))].sort()).toEqual([...result.files].sort());
    const votes = await mammoth.extractRawText({
      buffer: await readFile(join(out, result.folder, '投票记录-第一组.docx')),
    });
    expect(votes.value).toContain(DISSENT);
  });

  it('says the files are plaintext before it writes them', async () => {
    const run = await cli(
      args(out).filter((a) => a !== '--json'),
      asChair,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('报告将以明文保存');
    expect(run.stdout.indexOf('明文')).toBeLessThan(run.stdout.indexOf('已写出'));
    // A second run: a second folder, the first untouched.
    expect([...(await readdir(out))].sort()).toEqual([
      '评审报告-2026年资料评审-第一组',
      '评审报告-2026年资料评审-第一组-2',
    ]);
  });

  it('refuses a tampered group bundle with its code and writes nothing', async () => {
    const bad = Uint8Array.from(bundle);
    const at = bad.length - 40;
    bad[at] = bad[at]! ^ 0x01;
    const target = join(scratch, 'out-tampered');
    await mkdir(target);
    const run = await cli(args(target, { group: await file('bad.qbbundle', bad) }), asChair);
    expect(run.code).not.toBe(0);
    expect(run.json?.error?.code).toMatch(/^group-bundle-/);
    expect(await readdir(target)).toEqual([]);
  });

  it('gives a member of the group no report: the group bundle is not for them', async () => {
    const target = join(scratch, 'out-member');
    await mkdir(target);
    const run = await cli(args(target, { identity: memberId, who: 'e02' }), asMember);
    expect(run.json?.error?.code).toBe('group-bundle-not-a-reader');
    expect(await readdir(target)).toEqual([]);
  });
});
