/**
 * Sealing writes several packages at once. When one fails, the sealing fails as a whole: the
 * packages already under way end before the error is reported (no temp file is left behind,
 * nothing is still writing when the keys are wiped), and the workspace records nothing.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCasePackage } from '../../../../electron/core/case';
import { sealRound } from '../../../../electron/core/office/office-seal';
import { MARKERS, PEOPLE, sealableCase } from './sealable-case';
import { useScratch } from './office-fixtures';

const scratch = useScratch();

describe('sealing several packages at once', () => {
  it('fails as a whole when one package cannot be written, leaving no temp file', async () => {
    const { office, session } = await sealableCase(scratch());
    const out = join(scratch(), 'packages');
    // A folder where e02's package would go: its rename fails once its file is written.
    await mkdir(join(out, 'e02.qbcase'), { recursive: true });
    await expect(
      sealRound(session, { office, roundId: 'material', outDir: out }),
    ).rejects.toThrow();
    expect((await readdir(out)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const c = await session.read();
    expect(c.issuedPackages).toEqual([]);
    expect(c.rounds.find((r) => r.round.id === 'material')!.round.status).toBe('draft');
  });

  it('writes every package in full, in the plan’s order in the report', async () => {
    const { office, session, people } = await sealableCase(scratch());
    const out = join(scratch(), 'packages');
    const report = await sealRound(session, { office, roundId: 'material', outDir: out });
    expect(report.packages.map((p) => p.expertId).sort()).toEqual(PEOPLE.map((p) => p.id).sort());
    const c = await session.read();
    expect(c.issuedPackages.map((p) => p.expertId)).toEqual(report.packages.map((p) => p.expertId));
    for (const p of report.packages) {
      const opened = await openCasePackage(p.file, {
        officeFingerprint: office.card.fingerprint,
        identity: people.get(p.expertId)!.ageIdentity,
      });
      try {
        const texts = await Promise.all(
          opened.listEntries().map(async (entry) => Buffer.from(await opened.readEntry(entry.id))),
        );
        const seen = MARKERS.filter((marker) => texts.some((t) => t.includes(Buffer.from(marker))));
        expect(seen.length).toBe(p.materials);
      } finally {
        await opened.close();
      }
    }
  });
});
