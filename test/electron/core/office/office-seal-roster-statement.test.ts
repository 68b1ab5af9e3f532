/**
 * Sealing writes each person's roster statement into their manifest (docs/bundle-format.md):
 * signed by the office's key, naming the person's keys and seats as their roster entry does,
 * the case, round, rubric digest and package sequence, and how many sections their review
 * bundles hold (the applications of the groups they review, their conflicts included; 0 for
 * the chair and vice-chair). Through a real sealed round.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseManifestSchema, type CaseManifest } from '../../../../shared/case/case-manifest';
import { openCasePackage } from '../../../../electron/core/case';
import { rosterStatementHolds } from '../../../../electron/core/bundle';
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

describe('sealing emits the roster statement', () => {
  it('gives every person a statement the office signed, agreeing with their manifest', async () => {
    const s = await sealableCase(scratch());
    const out = join(scratch(), 'out');
    await sealRound(s.session, { office: s.office, roundId: 'material', outDir: out });
    // e03 is in conflict with the first of the group's three applications: still 3 sections.
    const expected = { e01: 3, e02: 3, e03: 3, e09: 0, e10: 0 } as const;
    for (const [id, sections] of Object.entries(expected)) {
      const manifest = await manifestOf(s, out, id);
      const signed = manifest.rosterStatement;
      expect(signed, id).toBeDefined();
      expect(rosterStatementHolds(signed!)).toBe(true);
      const { statement } = signed!;
      expect(statement.reviewSections).toBe(sections);
      expect(statement.caseId).toBe(manifest.caseId);
      expect(statement.roundId).toBe(manifest.round.id);
      expect(statement.rubricDigest).toBe(manifest.rubricDigest);
      expect(statement.packageSequence).toBe(manifest.packageSequence);
      expect(statement.office.fingerprint).toBe(s.office.card.fingerprint);
      const person = s.people.get(id)!.card;
      expect(statement.member).toMatchObject({
        expertId: id,
        fingerprint: person.fingerprint,
        signingPublicKey: person.signingPublicKey,
        ageRecipient: person.ageRecipient,
      });
      const entry = manifest.roster.find((p) => p.expertId === id)!;
      expect(statement.member.seats).toEqual(entry.seats);
    }
    // The conflicted member's manifest lists two applications; the statement still says three.
    expect((await manifestOf(s, out, 'e03')).applications).toHaveLength(2);
  });

  it('is refused once any byte of what it signs changes', async () => {
    const s = await sealableCase(scratch());
    const out = join(scratch(), 'out');
    await sealRound(s.session, { office: s.office, roundId: 'material', outDir: out });
    const signed = (await manifestOf(s, out, 'e02')).rosterStatement!;
    const tampered = {
      ...signed,
      statement: { ...signed.statement, reviewSections: signed.statement.reviewSections + 1 },
    };
    expect(rosterStatementHolds(tampered)).toBe(false);
  });
});
