/**
 * qbreview followup … (issue 11, point 3): the consultation, the notice with its period across
 * the 2026 National Day week, an objection in time (its date typed in full-width digits), a late
 * one refused with objection-late, the investigation, referral, re-review, approval and final
 * list, each with its handler; then the record shown, exported and verified without a key, and a
 * changed export refused.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIdentityFile } from '../../../electron/core/identity/identity-file';
import { STRONG, useScratch } from '../core/office/office-fixtures';
import { sealableCase } from '../core/office/sealable-case';
import { cli } from './run-cli';

const scratch = useScratch();

describe('qbreview followup', () => {
  it('records every act with its handler, refuses a late objection, exports and verifies', async () => {
    const s = await sealableCase(scratch());
    const dir = join(scratch(), '2026.qboffice');
    const officeFile = join(scratch(), 'office.qbid');
    await writeFile(officeFile, await encodeIdentityFile(s.office, STRONG, 10));
    const env = { QBREVIEW_PASSPHRASE: STRONG, QBREVIEW_STATE_DIR: join(scratch(), 'state') };
    const run = async (...argv: string[]) => {
      const result = await cli([...argv, '--identity', officeFile, '--json'], env);
      return result;
    };
    const ok = async (...argv: string[]) => {
      const result = await run(...argv);
      expect(result.code, `${argv.join(' ')}: ${result.stdout}${result.stderr}`).toBe(0);
      return result.json!.result as Record<string, unknown>;
    };

    await ok(
      'followup',
      'consult',
      dir,
      '--sent',
      '2026年9月10日',
      '--replied',
      '2026-09-20',
      '--notes',
      '无意见',
      '--handler',
      '王经办',
    );
    const notice = await ok(
      'followup',
      'notice',
      dir,
      '2026001',
      '2026002',
      '--start',
      '2026年9月28日',
      '--handler',
      '王经办',
    );
    expect(notice).toMatchObject({ start: '2026-09-28', lastDay: '2026-10-15' });

    const inTime = await ok(
      'followup',
      'objection',
      dir,
      '--application',
      '2026002',
      '--objector',
      '李某',
      '--content',
      '申报数据与年报不符',
      '--evidence',
      '年报第12页',
      '--received',
      '２０２６年１０月１５日',
      '--handler',
      '刘经办',
    );
    expect(inTime).toMatchObject({ objectionId: 'o001' });

    const late = await run(
      'followup',
      'objection',
      dir,
      '--application',
      '2026001',
      '--objector',
      '张某',
      '--content',
      '逾期异议',
      '--received',
      '2026年10月16日',
      '--handler',
      '刘经办',
    );
    expect(late.code).toBe(1);
    expect(late.json!.error!.code).toBe('objection-late');
    const lateWords = await cli(
      [
        'followup',
        'objection',
        dir,
        '--application',
        '2026001',
        '--objector',
        '张某',
        '--content',
        '逾期异议',
        '--received',
        '2026年10月16日',
        '--handler',
        '刘经办',
        '--identity',
        officeFile,
      ],
      env,
    );
    expect(lateWords.stderr).toContain(
      '异议逾期，不予受理：收到日期 2026年10月16日，公示期（10个工作日）已于 2026年10月15日 届满。',
    );

    const noHandler = await run(
      'followup',
      'refer',
      dir,
      '--objection',
      'o001',
      '--on',
      '2026-10-13',
    );
    expect(noHandler.json!.error!.code).toBe('followup-handler-missing');
    const badDate = await run(
      'followup',
      'refer',
      dir,
      '--objection',
      'o001',
      '--on',
      '十月十三日',
      '--handler',
      '王经办',
    );
    expect(badDate.json!.error!.code).toBe('followup-date-unreadable');

    await ok(
      'followup',
      'investigate',
      dir,
      '--objection',
      'o001',
      '--on',
      '2026-10-16',
      '--findings',
      '经核实，数据有误',
      '--handler',
      '王经办',
    );
    await ok(
      'followup',
      'refer',
      dir,
      '--objection',
      'o001',
      '--on',
      '2026-10-17',
      '--handler',
      '王经办',
    );
    await ok(
      'followup',
      're-review',
      dir,
      '--objection',
      'o001',
      '--outcome',
      'upheld',
      '--decided',
      '2026-10-20',
      '--member',
      'e09',
      '--handler',
      '王经办',
    );
    await ok(
      'followup',
      'approve',
      dir,
      '--approved',
      '2026年10月23日',
      '--reference',
      '中国质协字〔2026〕88号',
      '--handler',
      '王经办',
    );
    const final = await ok(
      'followup',
      'final',
      dir,
      '--published',
      '2026年10月28日',
      '--handler',
      '王经办',
    );
    expect(final.applicationIds).toEqual([s.applicationIds[0]]);

    const shown = await cli(['followup', 'show', dir, '--identity', officeFile], env);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('3. 受理异议 o001（经办人 刘经办，');
    expect(shown.stdout).toContain('公示：2 项，2026年9月28日 起，2026年10月15日 届满');
    expect(shown.stdout).toContain('异议 o001');
    expect(shown.stdout).toContain('异议成立');

    const file = join(scratch(), 'followup.json');
    const exported = await ok('followup', 'export', dir, '--out', file);
    const verified = await cli(
      [
        'followup',
        'verify',
        file,
        '--office-fingerprint',
        String(exported.officeFingerprint),
        '--json',
      ],
      {},
    );
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.json!.result).toMatchObject({ valid: true, acts: 8, year: 2026 });

    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('数据有误', '数据无误'));
    const tampered = await cli(['followup', 'verify', file, '--json'], {});
    expect(tampered.code).toBe(1);
    expect(tampered.json!.error!.code).toBe('followup-export-damaged');
  }, 120_000);
});
