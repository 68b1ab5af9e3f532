/**
 * Sealing (issue 7, points 1, 3 and 4): a passphrase of its own for every package, the signed
 * manifest's case id, sequence and rubric digest, one length for every package of a group, a
 * reissue that touches nobody else's package, and slips written only apart from the packages.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CaseManifestSchema } from '../../../../shared/case/case-manifest';
import { addConflict } from '../../../../shared/office/office-record';
import { openCasePackage } from '../../../../electron/core/case';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';
import { jsonDigest } from '../../../../electron/core/crypto/json-digest';
import { reissuePackage, sealRound } from '../../../../electron/core/office/office-seal';
import { slipsOf, writePassphraseSlips } from '../../../../electron/core/office/passphrase-slips';
import { passphraseLines } from '../../../../electron/core/report/passphrase-slip';
import { MARKERS, sealableCase } from './sealable-case';
import type { SealableCase } from './sealable-case';
import { useScratch } from './office-fixtures';

const scratch = useScratch();

async function openWith(path: string, officeFingerprint: string, passphrase: string) {
  return openCasePackage(path, { officeFingerprint, passphrase });
}

/** Seals the material round with a passphrase per package (scrypt kept cheap for tests). */
function sealWithPassphrases(sealable: SealableCase, outDir: string) {
  return sealRound(sealable.session, {
    office: sealable.office,
    roundId: 'material',
    outDir,
    withPassphrases: true,
    scryptLogN: 10,
  });
}

describe('sealing a round', () => {
  it('gives every package a passphrase of its own that opens no other package', async () => {
    const sealable = await sealableCase(scratch());
    const { office } = sealable;
    const report = await sealWithPassphrases(sealable, join(scratch(), 'packages'));
    expect(report.packages).toHaveLength(5);
    const passphrases = report.packages.map((p) => p.passphrase!);
    expect(new Set(passphrases).size).toBe(5);
    for (const p of report.packages) {
      for (const other of report.packages) {
        const opening = openWith(p.file, office.card.fingerprint, other.passphrase!);
        if (other === p) {
          await (await opening).close();
        } else {
          await expect(opening).rejects.toSatisfy((e) => isCryptoError(e, 'wrong-passphrase'));
        }
      }
    }
  });

  it('signs the case id, the person’s sequence and the rubric digest into each manifest', async () => {
    const { office, session, people } = await sealableCase(scratch());
    const out = join(scratch(), 'packages');
    await sealRound(session, { office, roundId: 'material', outDir: out });
    const c = await session.read();
    const rubric = c.rounds.find((r) => r.round.id === 'material')!.round.rubric;
    for (const id of ['e01', 'e03', 'e09']) {
      const opened = await openCasePackage(join(out, `${id}.qbcase`), {
        officeFingerprint: office.card.fingerprint,
        identity: people.get(id)!.ageIdentity,
      });
      const manifest = CaseManifestSchema.parse(opened.manifest);
      expect(manifest.caseId).toBe(session.workspace.workspaceId);
      expect(manifest.packageSequence).toBe(1);
      expect(manifest.rubricDigest).toBe(jsonDigest(rubric));
      expect(manifest.recipient.expertId).toBe(id);
      await opened.close();
    }
    expect(c.issuedPackages.map((p) => [p.expertId, p.sequence, p.reason])).toEqual([
      ['e09', 1, 'sealing'],
      ['e10', 1, 'sealing'],
      ['e01', 1, 'sealing'],
      ['e02', 1, 'sealing'],
      ['e03', 1, 'sealing'],
    ]);
  });

  it('pads the packages of one group to one length, the conflicted member’s included', async () => {
    const { office, session, people } = await sealableCase(scratch());
    const out = join(scratch(), 'packages');
    const report = await sealRound(session, { office, roundId: 'material', outDir: out });
    const size = (id: string) => report.packages.find((p) => p.expertId === id)!.size;
    // e03 is in conflict with the first application and does not get it, yet:
    expect(size('e03')).toBe(size('e02'));
    expect(size('e02')).toBe(size('e01'));
    expect(size('e09')).toBe(size('e10'));
    for (const p of report.packages) expect((await stat(p.file)).size).toBe(p.size);
    const opened = await openCasePackage(join(out, 'e03.qbcase'), {
      officeFingerprint: office.card.fingerprint,
      identity: people.get('e03')!.ageIdentity,
    });
    expect(opened.listEntries()).toHaveLength(2);
    await opened.close();
  });

  it('reissues one person’s package with the next sequence, leaving the others as they were', async () => {
    const sealable = await sealableCase(scratch());
    const { office, session, people, applicationIds } = sealable;
    const out = join(scratch(), 'packages');
    await sealWithPassphrases(sealable, out);
    const before = new Map(
      await Promise.all(
        (await readdir(out)).map(async (f) => [f, await readFile(join(out, f))] as const),
      ),
    );
    // A conflict of e02 found late.
    await session.update((c) =>
      addConflict(c, {
        expertId: 'e02',
        applicationId: applicationIds[1]!,
        kind: 'other',
        reason: '后发现的亲属关系',
      }),
    );
    const report = await reissuePackage(session, {
      office,
      roundId: 'material',
      expertId: 'e02',
      outDir: out,
      withPassphrases: true,
      scryptLogN: 10,
      note: '新发现的回避',
    });
    expect(report.packages.map((p) => [p.expertId, p.sequence])).toEqual([['e02', 2]]);
    for (const [file, bytes] of before) {
      if (file === 'e02.qbcase') continue;
      expect((await readFile(join(out, file))).equals(bytes), file).toBe(true);
    }
    const opened = await openCasePackage(join(out, 'e02.qbcase'), {
      officeFingerprint: office.card.fingerprint,
      identity: people.get('e02')!.ageIdentity,
    });
    const manifest = CaseManifestSchema.parse(opened.manifest);
    expect(manifest.packageSequence).toBe(2);
    expect(manifest.applications.map((a) => a.id)).toEqual([applicationIds[0], applicationIds[2]]);
    const texts = await Promise.all(
      opened.listEntries().map(async (e) => Buffer.from(await opened.readEntry(e.id)).toString()),
    );
    expect(texts.some((t) => t.includes(MARKERS[1]))).toBe(false);
    await opened.close();
    // Still the group's length: a reissue after a conflict gives nothing away either.
    expect(report.packages[0]!.size).toBe(before.get('e01.qbcase')!.length);
    const c = await session.read();
    expect(c.issuedPackages.at(-1)).toMatchObject({
      expertId: 'e02',
      sequence: 2,
      reason: 'reissue',
      note: '新发现的回避',
    });
  });

  it('refuses to reissue before the round is sealed, or for someone without a seat', async () => {
    const { office, session } = await sealableCase(scratch());
    const out = join(scratch(), 'packages');
    await expect(
      reissuePackage(session, { office, roundId: 'material', expertId: 'e02', outDir: out }),
    ).rejects.toMatchObject({ code: 'not-sealed-yet' });
    await sealRound(session, { office, roundId: 'material', outDir: out });
    await expect(
      reissuePackage(session, { office, roundId: 'material', expertId: 'nobody', outDir: out }),
    ).rejects.toMatchObject({ code: 'no-seat-in-round' });
  });

  it('writes the slips only into a folder apart from the packages, one per person', async () => {
    const sealable = await sealableCase(scratch());
    const { office } = sealable;
    const out = join(scratch(), 'packages');
    const report = await sealWithPassphrases(sealable, out);
    const slips = slipsOf(report, office, 2026);
    for (const folder of [out, join(out, 'slips'), scratch()]) {
      await expect(writePassphraseSlips(folder, out, slips)).rejects.toMatchObject({
        code: 'slips-beside-packages',
      });
    }
    const folder = join(scratch(), 'slips');
    const files = await writePassphraseSlips(folder, out, slips);
    expect(files.map((f) => f.slice(folder.length + 1)).sort()).toEqual(
      ['e01', 'e02', 'e03', 'e09', 'e10'].map((id) => `口令单-${id}.docx`),
    );
    const document = unzipSync(await readFile(join(folder, '口令单-e02.docx')))[
      'word/document.xml'
    ];
    const text = Buffer.from(document!).toString('utf8');
    const passphrase = report.packages.find((p) => p.expertId === 'e02')!.passphrase!;
    for (const line of passphraseLines(passphrase)) expect(text).toContain(line);
    expect(text).toContain('明文口令');
  });
});
