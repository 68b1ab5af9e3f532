/**
 * Who may read a review, through real sealed packages (issue 10, point 4): each manifest carries
 * the roster's and the office's public keys, per visible application its review readers, and the
 * round's undertaking; sealing refuses, naming the application, when the rule cannot be met.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseManifestSchema, type CaseManifest } from '../../../../shared/case/case-manifest';
import {
  addConflict,
  setStandIn,
  setUndertaking,
  defaultUndertaking,
} from '../../../../shared/office/office-record';
import { bilingualErrorText } from '../../../../shared/errors';
import { openCasePackage } from '../../../../electron/core/case';
import { sealRound } from '../../../../electron/core/office/office-seal';
import { sealableCase, type SealableCase } from './sealable-case';
import { useScratch } from './office-fixtures';

const scratch = useScratch();

async function manifestOf(s: SealableCase, out: string, id: string): Promise<CaseManifest> {
  const opened = await openCasePackage(join(out, `${id}.qbcase`), {
    officeFingerprint: s.office.card.fingerprint,
    identity: s.people.get(id)!.ageIdentity,
  });
  try {
    return CaseManifestSchema.parse(opened.manifest);
  } finally {
    await opened.close();
  }
}

const readersOf = (m: CaseManifest, applicationId: string) =>
  m.reviewReaders
    .find((r) => r.applicationId === applicationId)
    ?.readers.map((r) => [r.expertId ?? 'office', ...r.roles]);

/** The sealable case with its leader e01 in conflict with the second application. */
async function leaderConflicted(root: string) {
  const s = await sealableCase(root);
  await s.session.update((c) =>
    addConflict(c, { expertId: 'e01', applicationId: s.applicationIds[1]!, kind: 'relative' }),
  );
  return s;
}

describe('sealing with review readers', () => {
  it('refuses while a conflicted leader has no stand-in, naming the application', async () => {
    const s = await leaderConflicted(scratch());
    const sealing = sealRound(s.session, {
      office: s.office,
      roundId: 'material',
      outDir: join(scratch(), 'out'),
    });
    await expect(sealing).rejects.toMatchObject({
      code: 'review-readers-blocked',
      params: {
        applications: [
          { applicationId: s.applicationIds[1], applicationNo: '2026002', problem: 'no-stand-in' },
        ],
      },
    });
    const error = await sealing.catch((e: unknown) => e);
    expect(bilingualErrorText(error as never)).toContain('申报经验 2026002');
    const c = await s.session.read();
    expect(c.rounds[0]!.round.status).toBe('draft');
  });

  it('writes the roster, the readers with the stand-in, the office keys and the undertaking', async () => {
    const s = await leaderConflicted(scratch());
    const [a1, a2, a3] = s.applicationIds;
    await s.session.update((c) =>
      setStandIn(c, { roundId: 'material', applicationId: a2!, expertId: 'e02' }),
    );
    const out = join(scratch(), 'out');
    const report = await sealRound(s.session, {
      office: s.office,
      roundId: 'material',
      outDir: out,
    });

    const member = await manifestOf(s, out, 'e02');
    expect(member.version).toBe(3);
    expect(member.office).toEqual({
      name: s.office.card.organisation,
      fingerprint: s.office.card.fingerprint,
      signingPublicKey: s.office.card.signingPublicKey,
      ageRecipient: s.office.card.ageRecipient,
    });
    expect(member.roster.map((p) => [p.expertId, p.seats])).toEqual([
      ['e09', [{ role: 'chair' }]],
      ['e10', [{ role: 'vice-chair' }]],
      ['e01', [{ role: 'leader', groupId: 'g1' }]],
      ['e02', [{ role: 'member', groupId: 'g1' }]],
      ['e03', [{ role: 'member', groupId: 'g1' }]],
    ]);
    for (const p of member.roster) {
      const card = s.people.get(p.expertId)!.card;
      expect([p.signingPublicKey, p.ageRecipient, p.fingerprint]).toEqual([
        card.signingPublicKey,
        card.ageRecipient,
        card.fingerprint,
      ]);
    }
    expect(member.reviewReaders.map((r) => r.applicationId)).toEqual([a1, a2, a3]);
    expect(readersOf(member, a1!)).toEqual([
      ['office', 'office'],
      ['e01', 'leader'],
      ['e09', 'chair'],
      ['e10', 'vice-chair'],
    ]);
    expect(readersOf(member, a2!)).toEqual([
      ['office', 'office'],
      ['e02', 'stand-in'],
      ['e09', 'chair'],
      ['e10', 'vice-chair'],
    ]);
    expect(member.reviewReaders[0]!.readers[0]!.fingerprint).toBe(s.office.card.fingerprint);
    expect(member.undertaking.text).toBe(
      defaultUndertaking({ year: 2026, name: member.round.name }),
    );

    // The conflicted leader neither sees the application nor learns who reads it.
    const leader = await manifestOf(s, out, 'e01');
    expect(leader.applications.map((a) => a.id)).toEqual([a1, a3]);
    expect(leader.reviewReaders.map((r) => r.applicationId)).toEqual([a1, a3]);
    expect(JSON.stringify(leader)).not.toContain(`"${a2}"`);

    // One length for the group whoever stands in; the chair sees every reader list.
    const size = (id: string) => report.packages.find((p) => p.expertId === id)!.size;
    expect(new Set(['e01', 'e02', 'e03'].map(size)).size).toBe(1);
    expect(size('e09')).toBe(size('e10'));
    const chair = await manifestOf(s, out, 'e09');
    expect(readersOf(chair, a2!)).toEqual(readersOf(member, a2!));
  });

  it('leaves a conflicted chair out of the readers and the roster keeps them', async () => {
    const s = await sealableCase(scratch());
    const a3 = s.applicationIds[2]!;
    await s.session.update((c) =>
      addConflict(c, { expertId: 'e09', applicationId: a3, kind: 'same-organisation' }),
    );
    const out = join(scratch(), 'out');
    await sealRound(s.session, { office: s.office, roundId: 'material', outDir: out });
    const member = await manifestOf(s, out, 'e02');
    expect(readersOf(member, a3)).toEqual([
      ['office', 'office'],
      ['e01', 'leader'],
      ['e10', 'vice-chair'],
    ]);
    const chair = await manifestOf(s, out, 'e09');
    expect(chair.reviewReaders.map((r) => r.applicationId)).not.toContain(a3);
  });

  it('refuses when nobody but the office could read an application’s reviews', async () => {
    const s = await leaderConflicted(scratch());
    const a2 = s.applicationIds[1]!;
    await s.session.update((c) => {
      let next = setStandIn(c, { roundId: 'material', applicationId: a2, expertId: 'e02' });
      for (const expertId of ['e02', 'e09', 'e10']) {
        next = addConflict(next, { expertId, applicationId: a2, kind: 'relative' });
      }
      return next;
    });
    await expect(
      sealRound(s.session, { office: s.office, roundId: 'material', outDir: join(scratch(), 'o') }),
    ).rejects.toMatchObject({
      code: 'review-readers-blocked',
      params: {
        applications: [
          { applicationId: a2, problem: 'stand-in-conflicted' },
          { applicationId: a2, problem: 'office-only' },
        ],
      },
    });
  });

  it('carries the undertaking the office worded for the round', async () => {
    const s = await sealableCase(scratch());
    await s.session.update((c) =>
      setUndertaking(c, 'material', '  本人承诺严格保守秘密。\r\n第二行  '),
    );
    const out = join(scratch(), 'out');
    await sealRound(s.session, { office: s.office, roundId: 'material', outDir: out });
    expect((await manifestOf(s, out, 'e03')).undertaking).toEqual({
      text: '本人承诺严格保守秘密。\n第二行',
    });
  });
});
