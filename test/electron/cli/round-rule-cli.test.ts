/**
 * qbreview round rule (issue 11, point 1) on a record built by the office's own rules: the
 * default shown, a rule set (full-width digits too), shares out of bounds refused with their
 * code, sealing writing the rule into every package, and the rule fixed once sealed.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCasePackage } from '../../../electron/core/case';
import { encodeIdentityFile } from '../../../electron/core/identity/identity-file';
import { CaseManifestSchema } from '../../../shared/case/case-manifest';
import { STRONG, useScratch } from '../core/office/office-fixtures';
import { PEOPLE, sealableCase } from '../core/office/sealable-case';
import { cli } from './run-cli';

const scratch = useScratch();

describe('qbreview round rule', () => {
  it('shows the default, sets a rule, refuses one out of bounds, seals it into every package', async () => {
    const s = await sealableCase(scratch());
    const dir = join(scratch(), '2026.qboffice');
    const officeFile = join(scratch(), 'office.qbid');
    await writeFile(officeFile, await encodeIdentityFile(s.office, STRONG, 10));
    const env = { QBREVIEW_PASSPHRASE: STRONG, QBREVIEW_STATE_DIR: join(scratch(), 'state') };
    const run = (...argv: string[]) => cli([...argv, '--identity', officeFile], env);
    const out = join(scratch(), 'packages');
    const twoThirds = { numerator: 2, denominator: 3 };

    const shown = await run('round', 'rule', dir, '--json');
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.json!.result).toEqual({
      roundId: 'material',
      isDefault: true,
      quorum: twoThirds,
      pass: twoThirds,
    });
    expect((await run('round', 'rule', dir)).stdout).toContain(
      '（默认）：到会须达有表决权成员的 2/3',
    );

    // Half is not more than half; more than all is not a share; neither is written.
    for (const [option, value, part] of [
      ['--pass', '1/2', 'pass'],
      ['--quorum', '4/3', 'quorum'],
      ['--quorum', '0/3', 'quorum'],
    ] as const) {
      const refused = await run('round', 'rule', dir, option, value, '--json');
      expect(refused.code, value).toBe(1);
      expect(refused.json!.error!.code).toBe('round-rule-invalid');
      expect(refused.json!.error!.message).toContain(part === 'pass' ? '通过比例' : '到会比例');
    }
    const words = await run('round', 'rule', dir, '--pass', '1/2');
    expect(words.stderr).toContain('通过比例须为大于 1/2、不大于 1 的分数');
    const notAFraction = await run('round', 'rule', dir, '--quorum', '三分之二');
    expect(notAFraction.code).not.toBe(0);
    expect(notAFraction.stderr).toContain('--quorum 须为分数');
    const both = await run('round', 'rule', dir, '--default', '--pass', '2/3');
    expect(both.code).not.toBe(0);
    expect((await run('round', 'rule', dir, '--json')).json!.result).toMatchObject({
      isDefault: true,
    });

    // Full-width digits and slash, as typed with a Chinese input method.
    const set = await run('round', 'rule', dir, '--quorum', '３／４', '--json');
    expect(set.code, set.stderr).toBe(0);
    expect(set.json!.result).toEqual({
      roundId: 'material',
      isDefault: false,
      quorum: { numerator: 3, denominator: 4 },
      pass: twoThirds,
    });
    const pass = await run('round', 'rule', dir, '--pass', '4/5', '--json');
    expect(pass.json!.result).toMatchObject({
      quorum: { numerator: 3, denominator: 4 },
      pass: { numerator: 4, denominator: 5 },
    });

    const sealed = await run('case', 'seal', dir, '--out', out, '--json');
    expect(sealed.code, sealed.stdout + sealed.stderr).toBe(0);
    for (const { id } of PEOPLE) {
      const opened = await openCasePackage(join(out, `${id}.qbcase`), {
        officeFingerprint: s.office.card.fingerprint,
        identity: s.people.get(id)!.ageIdentity,
      });
      try {
        const manifest = CaseManifestSchema.parse(opened.manifest);
        expect(manifest.deliberationRule, id).toEqual({
          quorum: { numerator: 3, denominator: 4 },
          pass: { numerator: 4, denominator: 5 },
        });
        // A package sealed before manifests carried a rule still reads; a rule out of bounds does not.
        const { deliberationRule: _rule, ...older } = manifest;
        expect(CaseManifestSchema.safeParse(older).success).toBe(true);
        const half = { quorum: { numerator: 1, denominator: 2 }, pass: manifest.deliberationRule! };
        expect(CaseManifestSchema.safeParse({ ...older, deliberationRule: half }).success).toBe(
          false,
        );
      } finally {
        await opened.close();
      }
    }

    // Sealed: the packages out carry this rule, so it no longer changes.
    const late = await run('round', 'rule', dir, '--default', '--json');
    expect(late.json!.error!.code).toBe('round-sealed');
    const lateSet = await run('round', 'rule', dir, '--quorum', '2/3', '--json');
    expect(lateSet.json!.error!.code).toBe('round-sealed');
  });
});
