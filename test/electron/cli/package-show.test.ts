/**
 * qbreview package show (issue 9, point 11), on a round sealed by the office's own code: the
 * listing in Chinese, the office fingerprint needed on first use of a case and pinned after in
 * the per-user folder, and every refusal with its code in --json, as the app refuses.
 */
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIdentityFile } from '../../../electron/core/identity/identity-file';
import { reissuePackage } from '../../../electron/core/office/office-seal';
import { addConflict } from '../../../shared/office/office-record';
import { formatPackagePassphrase } from '../../../shared/security/package-passphrase';
import { namingOffice, rewritePackage, sealedRound } from '../core/desk/desk-fixtures';
import type { SealedRound } from '../core/desk/desk-fixtures';
import { STRONG, person, useScratch } from '../core/office/office-fixtures';
import { cli } from './run-cli';

const scratch = useScratch();

/** The expert's identity file, their per-user folder, and the command as they run it. */
async function expertAt(round: SealedRound, expertId: string) {
  const qbid = join(scratch(), `${expertId}.qbid`);
  await writeFile(qbid, await encodeIdentityFile(round.identity(expertId), STRONG, 10));
  const env = { QBREVIEW_PASSPHRASE: STRONG, QBREVIEW_STATE_DIR: join(scratch(), 'state') };
  return {
    env,
    show: (pkg: string, ...more: string[]) =>
      cli(['package', 'show', pkg, '--identity', qbid, ...more], env),
  };
}

describe('qbreview package show', () => {
  it('lists the round, the applications and their materials in Chinese, pinning the office on first use', async () => {
    const round = await sealedRound(scratch());
    const expert = await expertAt(round, 'e02');
    const fingerprint = round.office.card.fingerprint;

    const first = await expert.show(round.file('e02'), '--office-fingerprint', fingerprint);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const lines = first.stdout.split('\n');
    expect(lines[0]).toBe('2026年资料评审（资料评审，轮次 material） 案卷包第 1 份');
    expect(first.stdout).toContain(
      `接收者：组员乙（${round.identity('e02').card.fingerprint}），第一组组员`,
    );
    expect(first.stdout).toContain('首次打开此案卷，已记住办公室密钥');
    expect(first.stdout).toContain('申报 3 项（');
    expect(lines).toContain('  2026002  申报单位2有限公司  《经验2》');
    expect(lines.some((l) => /^ {4}申报材料 {2}申报材料2\.docx {2}59 KB$/.test(l))).toBe(true);
    // Nothing of the package in the per-user folder but public keys, opaque ids and numbers.
    expect((await readdir(join(scratch(), 'state'))).sort()).toEqual([
      'office-pins.json',
      'package-sequences.json',
    ]);
    for (const file of ['office-pins.json', 'package-sequences.json']) {
      const text = await readFile(join(scratch(), 'state', file), 'utf8');
      for (const secret of ['申报单位', '经验', '申报材料', '组员乙', '2026002']) {
        expect(text, file).not.toContain(secret);
      }
    }

    // Pinned: no fingerprint needed any more; --json carries the listing.
    const again = await expert.show(round.file('e02'), '--json');
    expect(again.code).toBe(0);
    expect(again.json).toMatchObject({
      ok: true,
      result: {
        round: { id: 'material', kind: 'material' },
        packageSequence: 1,
        pin: 'already-pinned',
        canSign: true,
        applications: [
          {
            applicationNo: '2026001',
            applicantName: '申报单位1有限公司',
            experienceTitle: '经验1',
          },
          { applicationNo: '2026002' },
          { applicationNo: '2026003' },
        ],
      },
    });
    const apps = (again.json!.result as { applications: { materials: unknown[] }[] }).applications;
    expect(apps[2]!.materials).toEqual([
      { kind: 'application-text', name: '申报材料3.docx', size: expect.any(Number) },
    ]);
  });

  it('refuses the first use of a case without the fingerprint, with its code in --json', async () => {
    const round = await sealedRound(scratch());
    const expert = await expertAt(round, 'e01');
    const run = await expert.show(round.file('e01'), '--json');
    expect(run.code).toBe(1);
    expect(run.json).toMatchObject({ ok: false, error: { code: 'office-fingerprint-needed' } });
    const plain = await expert.show(round.file('e01'));
    expect(plain.stderr).toMatch(/^qbreview: 第一次打开此案卷，请输入办公室告知您的办公室指纹。/);
    expect(plain.stdout).toBe('');
  });

  it('passes the format’s refusal through: another person’s package is not-a-recipient', async () => {
    const round = await sealedRound(scratch());
    const expert = await expertAt(round, 'e02');
    const run = await expert.show(
      round.file('e09'),
      '--office-fingerprint',
      round.office.card.fingerprint,
      '--json',
    );
    expect(run.code).toBe(1);
    expect(run.json).toMatchObject({
      ok: false,
      error: {
        code: 'not-a-recipient',
        message: '此文件未为您的身份加密。/ This file is not encrypted for your identity.',
      },
    });
  });

  it('refuses a package of the pinned case signed by another key, and an older package', async () => {
    const round = await sealedRound(scratch());
    const expert = await expertAt(round, 'e02');
    const fingerprint = round.office.card.fingerprint;
    const older = join(scratch(), 'older.qbcase');
    await copyFile(round.file('e02'), older);
    await round.session.update((c) =>
      addConflict(c, {
        expertId: 'e02',
        applicationId: round.applicationIds[1]!,
        kind: 'other',
        reason: '后发现',
      }),
    );
    await reissuePackage(round.session, {
      office: round.office,
      roundId: 'material',
      expertId: 'e02',
      outDir: round.out,
    });
    const newer = await expert.show(round.file('e02'), '--office-fingerprint', fingerprint);
    expect(newer.code).toBe(0);
    expect(newer.stdout).toContain('案卷包第 2 份');
    expect(newer.stdout).toContain('申报 2 项（');

    const stale = await expert.show(older, '--json');
    expect(stale.json).toMatchObject({
      ok: false,
      error: { code: 'package-superseded', message: expect.stringContaining('第 1 份') },
    });

    const impostor = await person('冒名办公室');
    const forged = join(scratch(), 'forged.qbcase');
    await rewritePackage({
      from: round.file('e02'),
      to: forged,
      officeFingerprint: fingerprint,
      reader: round.identity('e02'),
      signer: impostor,
      recipients: [round.identity('e02')],
      edit: (m) => ({ ...namingOffice(m, impostor), packageSequence: 7 }),
    });
    const loud = await expert.show(
      forged,
      '--office-fingerprint',
      impostor.card.fingerprint,
      '--json',
    );
    expect(loud.code).toBe(1);
    expect(loud.json).toMatchObject({
      ok: false,
      error: {
        code: 'office-key-changed',
        message: expect.stringContaining(`记住的办公室指纹是 ${fingerprint}`),
      },
    });
  });

  it('reads a package with the slip’s passphrase alone, as printed, and says signing needs the identity', async () => {
    const round = await sealedRound(scratch(), { withPassphrases: true });
    const env = {
      QBREVIEW_PACKAGE_PASSPHRASE: formatPackagePassphrase(round.passphrase('e03')),
      QBREVIEW_STATE_DIR: join(scratch(), 'state'),
    };
    const args = ['package', 'show', round.file('e03'), '--office-fingerprint'];
    const run = await cli([...args, round.office.card.fingerprint], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('以案卷包口令打开：可以阅读；之后签署评审意见需用您的身份。');
    expect(run.stdout).toContain('申报 2 项（');

    const wrong = await cli([...args, round.office.card.fingerprint, '--json'], {
      ...env,
      QBREVIEW_PACKAGE_PASSPHRASE: round.passphrase('e01'),
    });
    expect(wrong.json).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
  });
});
