/**
 * createReviewSubmission over a real sealed package and a journal of the test's own: the file is
 * written before the record and removed again when the record cannot be written (a full disk),
 * or when another submission took the number meanwhile; a written submission appends exactly
 * one review-submitted record naming the file and its SHA-256; the name the save dialog offers
 * follows the number when the folder's bundles (told by their headers) raise it, never over a
 * file already there.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signUndertaking } from '../../../../electron/core/bundle/undertaking';
import { openPackage } from '../../../../electron/core/desk/open-package';
import type { OpenedPackage } from '../../../../electron/core/desk/open-package';
import { createReviewSubmission } from '../../../../electron/core/review/review-submission';
import { AppError } from '../../../../shared/errors';
import { JournalRecordSchema } from '../../../../shared/journal';
import type { JournalEntry, JournalRecord } from '../../../../shared/journal';
import { rubricParts } from '../../../../shared/domain/rubric';
import { freshStores, sealedRound } from '../desk/desk-fixtures';
import { useScratch } from '../office/office-fixtures';

const scratch = useScratch();
const opened: OpenedPackage[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

async function setUp(root: string) {
  const round = await sealedRound(join(root, 'office'));
  const identity = round.identity('e02');
  const open = await openPackage(round.file('e02'), {
    identity,
    officeFingerprint: round.office.card.fingerprint,
    ...freshStores(),
  });
  opened.push(open);
  const { manifest } = open;
  const records: JournalRecord[] = [];
  const add = (entry: JournalEntry) =>
    records.push(
      JournalRecordSchema.parse({
        ...entry,
        caseId: manifest.caseId,
        recordNumber: records.length + 1,
        at: '2026-11-29T08:00:00.000Z',
        author: identity.card.fingerprint,
      }),
    );
  add({
    kind: 'undertaking-signed',
    undertaking: signUndertaking(identity, {
      caseId: manifest.caseId,
      roundId: manifest.round.id,
      text: manifest.undertaking.text,
      signedAt: '2026-11-29T08:00:00.000Z',
    }),
  });
  const roundId = manifest.round.id;
  for (const application of manifest.applications) {
    const place = { roundId, applicationId: application.id };
    for (const { part } of rubricParts(manifest.round.rubric)) {
      add({ kind: 'review-score', ...place, partId: part.id, score: part.maxPoints });
    }
    add({ kind: 'review-overall', ...place, field: 'weaknesses', text: '样本偏少。' });
    add({ kind: 'review-recommendation', ...place, recommendation: 'not-recommend' });
  }
  const usb = join(root, 'usb');
  await mkdir(usb);
  /** What the journal does when asked to append; the records as they stand by default. */
  let append: (entry: JournalEntry) => void = add;
  const submission = createReviewSubmission({
    opened: () => open,
    signer: () => identity,
    undertakingSigned: () => true,
    journal: {
      liveRecords: async () => [...records],
      appendSigned: async (make) => {
        const entry = make([...records], identity.card.fingerprint);
        append(entry);
        return { record: records.at(-1)! };
      },
    },
    chooser: {
      chooseBundleFile: async (defaultName) => join(usb, defaultName),
      chooseOpinionFormFolder: async () => usb,
    },
    now: () => new Date('2026-11-29T08:00:00.000Z'),
  });
  return {
    submission,
    records,
    add,
    usb,
    roundId,
    setAppend: (next: (entry: JournalEntry) => void) => (append = next),
  };
}

describe('createReviewSubmission', () => {
  it('remembers the file it wrote by name and SHA-256, in one record', async () => {
    const s = await setUp(scratch());
    const before = s.records.length;
    const { submission } = await s.submission.submit(s.roundId);
    expect(submission?.sequence).toBe(1);
    expect(s.records).toHaveLength(before + 1);
    const bytes = await readFile(join(s.usb, submission!.fileName));
    expect(s.records.at(-1)).toMatchObject({
      kind: 'review-submitted',
      roundId: s.roundId,
      sequence: 1,
      fileName: submission!.fileName,
      bundleSha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });

  it('saves under the name offered, and counts the folder’s bundles by their headers, never writing over a file', async () => {
    const s = await setUp(scratch());
    const { submission: first } = await s.submission.submit(s.roundId);
    expect(first?.fileName).toMatch(/^评审意见包_.+_第1次提交\.qbbundle$/);
    // A journal restored from before that submission, and the file renamed on the stick.
    expect(s.records.pop()).toMatchObject({ kind: 'review-submitted', sequence: 1 });
    await rename(join(s.usb, first!.fileName), join(s.usb, '给组长.qbbundle'));
    // Something else already holds the name the number would give.
    const taken = first!.fileName.replace('第1次提交', '第2次提交');
    await writeFile(join(s.usb, taken), 'not a bundle');
    const { submission: second } = await s.submission.submit(s.roundId);
    expect(second?.sequence).toBe(2);
    expect(second?.fileName).toBe(taken.replace('.qbbundle', '-2.qbbundle'));
    expect(await readFile(join(s.usb, taken), 'utf8')).toBe('not a bundle');
    expect((await readdir(s.usb)).sort()).toEqual(
      ['给组长.qbbundle', taken, second!.fileName].sort(),
    );
  });

  it('removes the file when the record cannot be written, and says why', async () => {
    const s = await setUp(scratch());
    s.setAppend(() => {
      throw new AppError('journal-disk-full');
    });
    await expect(s.submission.submit(s.roundId)).rejects.toMatchObject({
      code: 'journal-disk-full',
    });
    expect(await readdir(s.usb)).toEqual([]);
  });

  it('removes the file when another submission took the number meanwhile', async () => {
    const s = await setUp(scratch());
    s.setAppend(() => undefined);
    // Between reading the records and appending, a submission of sequence 1 lands.
    const original = s.submission;
    const racing = {
      ...original,
      submit: async (roundId: string) => {
        const pending = original.submit(roundId);
        s.add({
          kind: 'review-submitted',
          roundId,
          sequence: 1,
          bundleSha256: 'cd'.repeat(32),
          fileName: 'elsewhere.qbbundle',
        });
        return pending;
      },
    };
    await expect(racing.submit(s.roundId)).rejects.toMatchObject({
      code: 'review-submitted-locked',
    });
    expect(await readdir(s.usb)).toEqual([]);
  });
});
