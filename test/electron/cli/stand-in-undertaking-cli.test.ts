/**
 * qbreview stand-in show|set|clear and round undertaking show|set (issue 10, points 1 and 4), on
 * a record built by the office's own rules: sealing refused with the application named while a
 * conflicted leader has no stand-in, then sealed with the stand-in and the office's undertaking
 * in every manifest.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCasePackage } from '../../../electron/core/case';
import { encodeIdentityFile } from '../../../electron/core/identity/identity-file';
import { CaseManifestSchema } from '../../../shared/case/case-manifest';
import { addConflict } from '../../../shared/office/office-record';
import { STRONG, useScratch } from '../core/office/office-fixtures';
import { sealableCase } from '../core/office/sealable-case';
import { cli } from './run-cli';

const scratch = useScratch();

describe('qbreview stand-in and round undertaking', () => {
  it('designates the stand-in, words the undertaking, and seals only then', async () => {
    const s = await sealableCase(scratch());
    const a2 = s.applicationIds[1]!;
    await s.session.update((c) =>
      addConflict(c, { expertId: 'e01', applicationId: a2, kind: 'relative' }),
    );
    const dir = join(scratch(), '2026.qboffice');
    const officeFile = join(scratch(), 'office.qbid');
    await writeFile(officeFile, await encodeIdentityFile(s.office, STRONG, 10));
    const env = { QBREVIEW_PASSPHRASE: STRONG, QBREVIEW_STATE_DIR: join(scratch(), 'state') };
    const run = (...argv: string[]) => cli([...argv, '--identity', officeFile], env);
    const out = join(scratch(), 'packages');

    const shown = await run('stand-in', 'show', dir, '--json');
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.json!.result).toEqual({
      roundId: 'material',
      needs: [
        {
          applicationId: a2,
          applicationNo: '2026002',
          groupId: 'g1',
          leaderId: 'e01',
          problem: 'no-stand-in',
          eligibleIds: ['e02', 'e03'],
          suggestedId: 'e02',
        },
      ],
    });
    const words = await run('stand-in', 'show', dir);
    expect(words.stdout).toContain(
      '2026002（g1，组长 组长甲（e01） 须回避）：尚未指定，封装将被拒绝；建议 组员乙（e02）',
    );

    const refused = await run('case', 'seal', dir, '--out', out, '--json');
    expect(refused.code).toBe(1);
    expect(refused.json!.error!.code).toBe('review-readers-blocked');
    const refusedWords = await run('case', 'seal', dir, '--out', out);
    expect(refusedWords.stderr).toContain('申报经验 2026002');
    expect(refusedWords.stderr).toContain('尚未指定代行组长');

    const leader = await run(
      'stand-in',
      'set',
      dir,
      '--application',
      '2026002',
      '--expert',
      'e01',
      '--json',
    );
    expect(leader.code).toBe(1);
    expect(leader.json!.error!.code).toBe('stand-in-not-eligible');
    const notNeeded = await run(
      'stand-in',
      'set',
      dir,
      '--application',
      '2026001',
      '--suggested',
      '--json',
    );
    expect(notNeeded.json!.error!.code).toBe('stand-in-not-needed');
    const both = await run(
      'stand-in',
      'set',
      dir,
      '--application',
      '2026002',
      '--expert',
      'e02',
      '--suggested',
    );
    expect(both.code).not.toBe(0);
    expect(both.stderr).toContain('二者选一');

    const set = await run(
      'stand-in',
      'set',
      dir,
      '--application',
      '2026002',
      '--suggested',
      '--json',
    );
    expect(set.code, set.stderr).toBe(0);
    expect(set.json!.result).toMatchObject({ application: '2026002', expertId: 'e02' });

    const byDefault = await run('round', 'undertaking', 'show', dir, '--json');
    expect(byDefault.json!.result).toMatchObject({ roundId: 'material', isDefault: true });
    expect((byDefault.json!.result as { text: string }).text).toContain('第十五条');
    const emptyFile = join(scratch(), '空.txt');
    await writeFile(emptyFile, ' \n');
    const empty = await run('round', 'undertaking', 'set', dir, '--file', emptyFile, '--json');
    expect(empty.json!.error!.code).toBe('undertaking-empty');

    const textFile = join(scratch(), '承诺.txt');
    await writeFile(textFile, '\uFEFF本人承诺对申报材料和评审情况严格保守秘密。\r\n');
    const worded = await run('round', 'undertaking', 'set', dir, '--file', textFile, '--json');
    expect(worded.code, worded.stderr).toBe(0);
    expect(worded.json!.result).toEqual({
      roundId: 'material',
      isDefault: false,
      text: '本人承诺对申报材料和评审情况严格保守秘密。',
    });

    const sealed = await run('case', 'seal', dir, '--out', out, '--json');
    expect(sealed.code, sealed.stdout + sealed.stderr).toBe(0);
    const opened = await openCasePackage(join(out, 'e03.qbcase'), {
      officeFingerprint: s.office.card.fingerprint,
      identity: s.people.get('e03')!.ageIdentity,
    });
    try {
      const manifest = CaseManifestSchema.parse(opened.manifest);
      expect(manifest.undertaking.text).toBe('本人承诺对申报材料和评审情况严格保守秘密。');
      const readers = manifest.reviewReaders.find((r) => r.applicationId === a2)!.readers;
      expect(readers.map((r) => [r.expertId ?? 'office', r.roles.join('+')])).toEqual([
        ['office', 'office'],
        ['e02', 'stand-in'],
        ['e09', 'chair'],
        ['e10', 'vice-chair'],
      ]);
    } finally {
      await opened.close();
    }

    // Sealed: the undertaking no longer changes; the default is still shown for what it is.
    const late = await run('round', 'undertaking', 'set', dir, '--default', '--json');
    expect(late.json!.error!.code).toBe('round-sealed');
    const cleared = await run('stand-in', 'clear', dir, '--application', '2026002', '--json');
    expect(cleared.code, cleared.stderr).toBe(0);
    const again = await run('stand-in', 'clear', dir, '--application', '2026002', '--json');
    expect(again.json!.error!.code).toBe('stand-in-not-designated');
  });
});
