/** The review bundle end to end: written by the expert, verified by anyone, opened by each reader. */
import { describe, expect, it } from 'vitest';
import { WRAP_STANZAS } from '../../../../shared/bundle/bundle-limits';
import { openReviewBundle, verifyReviewBundle } from '../../../../electron/core/bundle';
import { readAgeStanzas } from '../../../../electron/core/crypto/age-header';
import { bundleRound, keysOf } from './bundle-fixtures';

const round = await bundleRound();

describe('a review bundle', () => {
  it('verifies without any key and names case, round, rubric, sequence and author', async () => {
    const verified = verifyReviewBundle(await round.bundle(3), {
      officeFingerprint: round.office.card.fingerprint.toLowerCase(),
      caseId: '5eed0000000000000000000000000001',
      roundId: 'material',
      rubricDigest: round.rubricDigest,
    });
    expect(verified.header.sequence).toBe(3);
    expect(verified.header.author).toEqual(keysOf(round.expert));
    expect(verified.header.sections).toHaveLength(4);
    expect(verified.officeChecked).toBe(true);
  });

  it('opens for the leader every section, with scores, comments, totals and material hashes', async () => {
    const verified = verifyReviewBundle(await round.bundle());
    const opened = await openReviewBundle(verified, round.leader, {
      rubric: round.rubric,
      materials: round.applications.flatMap((a) =>
        a.materials.map((m) => ({ ...m, applicationId: a.applicationId })),
      ),
      reviewReaders: new Map(
        round.applications.map((a) => [a.applicationId, a.readers.map((r) => r.fingerprint)]),
      ),
    });
    // The fourth section fills the bundle up to the office's count: nobody opens it.
    expect(opened.notForReader).toHaveLength(1);
    const byId = new Map(opened.sections.map((s) => [s.section.applicationId, s.section]));
    const a01 = byId.get('A01')!.outcome;
    expect(a01.kind === 'review' && a01.total).toBe(90);
    expect(a01.kind === 'review' && a01.overall.strengths).toBe('体系完整，数据翔实。');
    expect(a01.kind === 'review' && a01.comments['c1p1']).toBe('符合质量管理基本规律。');
    const a02 = byId.get('A02')!.outcome;
    expect(a02.kind === 'review' && [a02.total, a02.recommendation]).toEqual([70, 'not-recommend']);
    const a03 = byId.get('A03')!.outcome;
    expect(a03.kind === 'conflict' && a03.declaration.statement).toMatchObject({
      applicationId: 'A03',
      conflictKind: 'same-recommending-unit-or-region',
      fingerprint: round.expert.card.fingerprint,
    });
    expect(byId.get('A01')!.materials.map((m) => m.materialId)).toEqual([
      'm-a01-text',
      'm-a01-form',
    ]);
    expect(byId.get('A01')!.undertaking.statement.fingerprint).toBe(round.expert.card.fingerprint);
  });

  it('gives the chair in conflict with A02 every section but that one, and says which', async () => {
    const opened = await openReviewBundle(verifyReviewBundle(await round.bundle()), round.chair);
    expect(opened.sections.map((s) => s.section.applicationId).sort()).toEqual(['A01', 'A03']);
    expect(opened.notForReader).toHaveLength(2);
    const numbers = [...opened.sections.map((s) => s.number), ...opened.notForReader].sort();
    expect(numbers).toEqual([1, 2, 3, 4]);
  });

  it('lets its author and the office read every section', async () => {
    const verified = verifyReviewBundle(await round.bundle());
    for (const reader of [round.expert, round.office]) {
      const opened = await openReviewBundle(verified, reader);
      expect(opened.sections).toHaveLength(3);
    }
  });

  it('refuses a member who reads no section: bundle-not-a-reader', async () => {
    const verified = verifyReviewBundle(await round.bundle());
    await expect(openReviewBundle(verified, round.member)).rejects.toMatchObject({
      code: 'bundle-not-a-reader',
    });
  });

  it('wraps every section to the same number of stanzas and pads every section to one length', async () => {
    const verified = verifyReviewBundle(await round.bundle());
    const counts = verified.frame.sections.map((s) => readAgeStanzas(s.wrap)?.length);
    expect(counts).toEqual([WRAP_STANZAS, WRAP_STANZAS, WRAP_STANZAS, WRAP_STANZAS]);
    const lengths = new Set(verified.header.sections.map((s) => s.ciphertextLength));
    const wraps = new Set(verified.header.sections.map((s) => s.wrapLength));
    expect([lengths.size, wraps.size]).toEqual([1, 1]);
  });

  it('writes nothing the header shows of applications, readers or comments', async () => {
    const bytes = Buffer.from(await round.bundle());
    for (const secret of [
      // Quoted as JSON writes them: a bare 'A01' turns up in base64 and random bytes by chance.
      '"A01"',
      '"A02"',
      'applicationId',
      'partScores',
      '体系完整',
      round.leader.card.fingerprint,
      round.chair.card.fingerprint,
    ]) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
    }
  });

  it('refuses to sign for another identity than the statement certifies', async () => {
    await expect(round.bundle(1, (r) => ({ ...r, identity: round.member }))).rejects.toMatchObject({
      code: 'bundle-signer-mismatch',
    });
  });

  it('refuses to sign an incomplete review or one above a maximum', async () => {
    const [first, ...rest] = round.applications;
    const outcome = first!.outcome;
    if (outcome.kind !== 'review') throw new Error('fixture');
    const { c1p1: _dropped, ...fewer } = outcome.partScores;
    for (const partScores of [fewer, { ...outcome.partScores, c1p1: 16 }]) {
      await expect(
        round.bundle(1, (r) => ({
          ...r,
          applications: [{ ...first!, outcome: { ...outcome, partScores } }, ...rest],
        })),
      ).rejects.toMatchObject({ code: 'bundle-review-invalid', params: { applicationId: 'A01' } });
    }
  });

  it('refuses one application twice, and a rubric that is not the round’s', async () => {
    await expect(
      round.bundle(1, (r) => ({ ...r, applications: [...r.applications, r.applications[0]!] })),
    ).rejects.toMatchObject({ code: 'bundle-duplicate-section' });
    await expect(
      round.bundle(1, (r) => ({ ...r, rubric: { ...r.rubric, name: '另一份细则' } })),
    ).rejects.toMatchObject({ code: 'bundle-rubric-digest' });
  });

  it('refuses an undertaking signed by someone else', async () => {
    const { signUndertaking } = await import('../../../../electron/core/bundle');
    const undertaking = signUndertaking(round.member, {
      caseId: '5eed0000000000000000000000000001',
      roundId: 'material',
      text: '承诺',
      signedAt: '2026-11-20T09:00:00+08:00',
    });
    await expect(round.bundle(1, (r) => ({ ...r, undertaking }))).rejects.toMatchObject({
      code: 'bundle-undertaking-invalid',
    });
  });

  it('refuses a conflict declaration for another application or by someone else', async () => {
    const { signConflictDeclaration } =
      await import('../../../../electron/core/review/conflict-declaration');
    const declare = (who: typeof round.expert, applicationId: string) => ({
      kind: 'conflict' as const,
      declaration: signConflictDeclaration(who, {
        caseId: '5eed0000000000000000000000000001',
        roundId: 'material',
        applicationId,
        conflictKind: 'relative',
        reason: '',
        declaredAt: '2026-11-20T09:30:00+08:00',
      }),
    });
    for (const outcome of [declare(round.expert, 'A01'), declare(round.member, 'A03')]) {
      await expect(
        round.bundle(1, (r) => ({
          ...r,
          applications: r.applications.map((a) =>
            a.applicationId === 'A03' ? { ...a, outcome } : a,
          ),
        })),
      ).rejects.toMatchObject({ code: 'bundle-review-invalid', params: { applicationId: 'A03' } });
    }
  });

  it('fills up to the office’s section count, in a random order, and refuses more applications', async () => {
    const orders = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const opened = await openReviewBundle(verifyReviewBundle(await round.bundle()), round.office);
      orders.add(opened.sections.map((s) => `${s.number}:${s.section.applicationId}`).join());
      expect(opened.sections).toHaveLength(3);
    }
    expect(orders.size).toBeGreaterThan(1);
    const two = round.statementFor(round.expert, 'e02', [{ role: 'member', groupId: 'g1' }], {
      reviewSections: 2,
    });
    await expect(round.bundle(1, (r) => ({ ...r, roster: two }))).rejects.toMatchObject({
      code: 'bundle-section-count',
      params: { found: 3, expected: 2 },
    });
  });
});
