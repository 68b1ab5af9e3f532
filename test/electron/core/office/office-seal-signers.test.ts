/**
 * Sealing refused while nobody could sign the round's committee result (docs/committee.md, "Who
 * signs"): the chair and the vice-chair each in conflict with an application of the round. The
 * refusal is coded, names both people and the applications by 申报编号, seals nothing; once the
 * office changes the vice-chair the round seals, and the new vice-chair's package holds it all.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reissuePackage, sealRound } from '../../../../electron/core/office/office-seal';
import { bilingualErrorText } from '../../../../shared/errors';
import { addConflict, setCommittee } from '../../../../shared/office/office-record';
import { sealableCase } from './sealable-case';
import { useScratch } from './office-fixtures';

const scratch = useScratch();

describe('sealing with both committee signers in conflict', () => {
  it('refuses, naming both and their applications, until the vice-chair is changed', async () => {
    const s = await sealableCase(scratch());
    const [a1, a2, a3] = s.applicationIds as [string, string, string];
    await s.session.update((c) =>
      addConflict(addConflict(c, { expertId: 'e09', applicationId: a3, kind: 'relative' }), {
        expertId: 'e10',
        applicationId: a1,
        kind: 'same-organisation',
      }),
    );
    const out = join(scratch(), 'out');
    const sealing = sealRound(s.session, { office: s.office, roundId: 'material', outDir: out });
    await expect(sealing).rejects.toMatchObject({
      code: 'committee-signers-conflicted',
      params: {
        chair: { expertId: 'e09', name: '主任委员', applicationNos: ['2026003'] },
        viceChair: { expertId: 'e10', name: '副主任委员', applicationNos: ['2026001'] },
      },
    });
    const words = bilingualErrorText((await sealing.catch((e: unknown) => e)) as never);
    expect(words).toContain('主任委员 主任委员 须回避申报经验 2026003');
    expect(words).toContain('请更换副主任委员');
    expect(words).toContain('Change the vice-chair');
    expect((await s.session.read()).rounds[0]!.round.status).toBe('draft');
    expect(await readdir(out).catch(() => [])).toEqual([]);

    // Only one of them in conflict: the vice-chair signs the round whole.
    await s.session.update((c) => setCommittee(c, { chairId: 'e09', viceChairId: 'e02' }));
    const report = await sealRound(s.session, {
      office: s.office,
      roundId: 'material',
      outDir: out,
    });
    const vice = report.packages.find((p) => p.expertId === 'e02')!;
    expect([...vice.applicationIds].sort()).toEqual([a1, a2, a3].sort());
    expect(report.packages.find((p) => p.expertId === 'e09')!.applicationIds).not.toContain(a3);

    // Back to a vice-chair in conflict after sealing: the problem is the round's, so even one
    // other person's package is not issued again until it is settled (docs/committee.md).
    await s.session.update((c) => setCommittee(c, { chairId: 'e09', viceChairId: 'e10' }));
    await expect(
      reissuePackage(s.session, {
        office: s.office,
        roundId: 'material',
        outDir: join(scratch(), 'again'),
        expertId: 'e01',
      }),
    ).rejects.toMatchObject({ code: 'committee-signers-conflicted' });
  });
});

describe('sealing with the chair in conflict and no vice-chair', () => {
  it('refuses, naming the chair and the application, until a vice-chair is appointed', async () => {
    const s = await sealableCase(scratch());
    const [a1, a2, a3] = s.applicationIds as [string, string, string];
    await s.session.update((c) =>
      setCommittee(addConflict(c, { expertId: 'e09', applicationId: a2, kind: 'relative' }), {
        chairId: 'e09',
      }),
    );
    const out = join(scratch(), 'out');
    const sealing = sealRound(s.session, { office: s.office, roundId: 'material', outDir: out });
    await expect(sealing).rejects.toMatchObject({
      code: 'committee-chair-conflicted-alone',
      params: { chair: { expertId: 'e09', name: '主任委员', applicationNos: ['2026002'] } },
    });
    const words = bilingualErrorText((await sealing.catch((e: unknown) => e)) as never);
    expect(words).toContain('主任委员 主任委员 须回避申报经验 2026002，而本轮尚未指定副主任委员');
    expect(words).toContain('请指定副主任委员');
    expect(words).toContain('Appoint a vice-chair');
    expect((await s.session.read()).rounds[0]!.round.status).toBe('draft');
    expect(await readdir(out).catch(() => [])).toEqual([]);

    // A vice-chair free of conflict appointed: the round seals, and they hold it all.
    await s.session.update((c) => setCommittee(c, { chairId: 'e09', viceChairId: 'e02' }));
    const report = await sealRound(s.session, {
      office: s.office,
      roundId: 'material',
      outDir: out,
    });
    const vice = report.packages.find((p) => p.expertId === 'e02')!;
    expect([...vice.applicationIds].sort()).toEqual([a1, a2, a3].sort());
  });
});
