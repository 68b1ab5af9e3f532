/**
 * The chair's result bundle (docs/result-bundle-format.md) from what the journal holds: the
 * committee merge under the settings in force, signed with the signer's own next sequence for
 * the round, verified as the office will verify it, written atomically where the save dialog
 * says and recorded (`result-bundle-exported`); the file is removed if the record fails.
 */
import { resultBundleFileName } from '../review/bundle-file-name';
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ResultBundleExport } from '../../../shared/committee-desk/committee-desk-views';
import { verifyResultBundle, writeResultBundle } from '../committee';
import type { CaseJournalService } from '../journal/case-journal-service';
import { writeFileAtomic } from '../storage/atomic-write';
import type { CommitteeDeskChooser } from './committee-desk-chooser';
import type { Computed } from './committee-desk-facts';
import { committeeMergeDigest } from './committee-desk-facts';
import { sha256Hex } from '../crypto/sha256-hex';

export interface ResultExportSteps {
  readonly journal: Pick<CaseJournalService, 'appendSigned'>;
  readonly chooser: CommitteeDeskChooser;
}

/** The result bundle written; null when the dialog was cancelled (nothing written). */
export async function exportResultBundle(
  steps: ResultExportSteps,
  c: Computed,
): Promise<ResultBundleExport | null> {
  const { manifest, identity } = c.session;
  if (c.bundles.length === 0) throw new AppError('committee-desk-no-groups');
  if (c.prepared === null) {
    throw new AppError('committee-desk-waiting', { applicationNos: [...c.waitingFor] });
  }
  const roster = manifest.rosterStatement;
  if (roster === undefined) throw new AppError('review-package-without-roster');
  const sequence = (c.journal.exports.at(-1)?.sequence ?? 0) + 1;
  // What a person recognises on a USB stick: the round and the number, never an application.
  const offered = resultBundleFileName({
    year: manifest.year,
    roundName: manifest.round.name,
    sequence,
  });
  const path = await steps.chooser.chooseResultBundleFile(offered);
  if (path === null) return null;

  const { prepared } = c;
  const bytes = await writeResultBundle({
    identity,
    roster,
    sequence,
    merge: prepared.merge,
    groupBundles: prepared.groupBundles,
    readersOf: prepared.readersOf,
    mergeReaders: prepared.mergeReaders,
  });
  // What is written is checked as the office will check it, against this package.
  verifyResultBundle(bytes, {
    officeFingerprint: manifest.office.fingerprint,
    caseId: manifest.caseId,
    roundId: manifest.round.id,
    rubricDigest: manifest.rubricDigest,
  });
  const fileName = basename(path);
  const bundleSha256 = sha256Hex(bytes);
  const mergeDigest = committeeMergeDigest(prepared.merge);
  await writeFileAtomic(path, bytes);
  try {
    const { record } = await steps.journal.appendSigned(() => ({
      kind: 'result-bundle-exported',
      roundId: manifest.round.id,
      sequence,
      bundleSha256,
      mergeDigest,
      fileName,
    }));
    return { sequence, fileName, sha256: bundleSha256, mergeDigest, at: record.at };
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
}
