/**
 * The committee's signers on the command line: `case info` lists, among the round's sealing
 * problems, that the chair and the vice-chair are both in conflict (both named, the applications
 * by 申报编号, what to do), and `case seal` refuses with the coded error in both languages.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIdentityFile } from '../../../electron/core/identity/identity-file';
import { addConflict } from '../../../shared/office/office-record';
import { STRONG, useScratch } from '../core/office/office-fixtures';
import { sealableCase } from '../core/office/sealable-case';
import { cli } from './run-cli';

const scratch = useScratch();

describe('qbreview case info and case seal with both committee signers in conflict', () => {
  it('lists the problem before sealing and refuses to seal', async () => {
    const s = await sealableCase(scratch());
    const [a1, a2] = s.applicationIds as [string, string];
    await s.session.update((c) =>
      addConflict(addConflict(c, { expertId: 'e09', applicationId: a2, kind: 'relative' }), {
        expertId: 'e10',
        applicationId: a1,
        kind: 'relative',
      }),
    );
    const dir = join(scratch(), '2026.qboffice');
    const officeFile = join(scratch(), 'office.qbid');
    await writeFile(officeFile, await encodeIdentityFile(s.office, STRONG, 10));
    const env = { QBREVIEW_PASSPHRASE: STRONG, QBREVIEW_STATE_DIR: join(scratch(), 'state') };
    const run = (...argv: string[]) => cli([...argv, '--identity', officeFile], env);

    const info = await run('case', 'info', dir);
    expect(info.code, info.stderr).toBe(0);
    expect(info.stdout).toContain(
      '封装问题：主任委员 主任委员 须回避申报经验 2026002，副主任委员 副主任委员 须回避申报经验 2026001',
    );
    const infoJson = await run('case', 'info', dir, '--json');
    const rounds = (infoJson.json!.result as { rounds: { sealingProblems: { code: string }[] }[] })
      .rounds;
    expect(rounds[0]!.sealingProblems.map((p) => p.code)).toContain('committee-signers-conflicted');

    const out = join(scratch(), 'packages');
    const refused = await run('case', 'seal', dir, '--out', out, '--json');
    expect(refused.code).toBe(1);
    expect(refused.json!.error!.code).toBe('committee-signers-conflicted');
    const words = await run('case', 'seal', dir, '--out', out);
    expect(words.code).toBe(1);
    expect(words.stderr).toContain('请更换副主任委员');
    expect(words.stderr).toContain(
      'The chair 主任委员 is in conflict with application 2026002 and the vice-chair 副主任委员 with application 2026001',
    );
  });
});
