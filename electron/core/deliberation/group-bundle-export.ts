/**
 * The leader's group bundle (docs/group-bundle-format.md) from what the journal holds: once every
 * application chaired has its decision, signed with the merger's own next sequence for the group,
 * verified as any reader will verify it, written atomically where the save dialog says, and
 * recorded (`group-bundle-exported`); a copy is kept in the app's data (group-bundle-copy.ts) for
 * the group's reports; the file and the copy are removed if the record cannot be written.
 */
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import type { GroupBundleExport } from '../../../shared/deliberation/deliberation-views';
import { AppError } from '../../../shared/errors';
import type { CaseJournalService } from '../journal/case-journal-service';
import { verifyGroupBundle } from '../merge/verify-group-bundle';
import { writeGroupBundle } from '../merge/write-group-bundle';
import { writeFileAtomic } from '../storage/atomic-write';
import type { DeliberationChooser } from './deliberation-chooser';
import type { GroupBundleCopies } from './group-bundle-copy';
import { groupBundleFileName } from '../review/bundle-file-name';
import { groupBundleCopyName } from './group-bundle-copy';
import type { Computed } from './deliberation-facts';
import { applicationNoIn, deliberationRule, mergeDigestOf } from './deliberation-facts';
import { sha256Hex } from '../crypto/sha256-hex';

export interface ExportSteps {
  readonly journal: Pick<CaseJournalService, 'appendSigned'>;
  readonly chooser: DeliberationChooser;
  /** Where the copy of what is exported is kept: the reports are made from it. */
  readonly copies: GroupBundleCopies;
}

/** The group bundle written; null when the dialog was cancelled (nothing written). */
export async function exportGroupBundle(
  steps: ExportSteps,
  c: Computed,
): Promise<GroupBundleExport | null> {
  const { manifest, identity } = c.session;
  const { merge } = c.prepared;
  const undecided = c.deliberation
    .filter((d) => d.decision === null)
    .map((d) => applicationNoIn(manifest, d.applicationId));
  if (undecided.length > 0) {
    throw new AppError('deliberation-undecided', { applicationNos: undecided });
  }
  const roster = manifest.rosterStatement;
  if (roster === undefined) throw new AppError('review-package-without-roster');
  const sequence = (c.journal.exports.at(-1)?.sequence ?? 0) + 1;
  // The kept copy's name: ids and a number only.
  const offered = groupBundleCopyName(manifest.caseId, manifest.round.id, merge.groupId, sequence);
  // The save dialog offers what a person recognises on a USB stick (never an application).
  const path = await steps.chooser.chooseGroupBundleFile(
    groupBundleFileName({
      year: manifest.year,
      roundName: manifest.round.name,
      groupName: manifest.groups.find((g) => g.id === merge.groupId)?.name ?? merge.groupId,
      sequence,
    }),
  );
  if (path === null) return null;

  const bytes = await writeGroupBundle({
    identity,
    roster,
    rubric: manifest.round.rubric,
    sequence,
    memberBundles: c.prepared.memberBundles,
    merge,
    records: c.journal.records,
    deliberation: [...c.deliberation],
    rule: deliberationRule(manifest).rule,
    readersOf: (id) => c.prepared.readersOf(id),
  });
  // What is written is checked as any verifier will check it, against this package.
  verifyGroupBundle(bytes, {
    officeFingerprint: manifest.office.fingerprint,
    caseId: manifest.caseId,
    roundId: manifest.round.id,
    rubricDigest: manifest.rubricDigest,
  });
  const fileName = basename(path);
  const mergeDigest = mergeDigestOf(merge);
  const bundleSha256 = sha256Hex(bytes);
  await writeFileAtomic(path, bytes);
  try {
    await steps.copies.put(offered, bytes);
    const { record } = await steps.journal.appendSigned(() => ({
      kind: 'group-bundle-exported',
      roundId: manifest.round.id,
      groupId: merge.groupId,
      sequence,
      bundleSha256,
      mergeDigest,
      fileName,
    }));
    return { sequence, fileName, sha256: bundleSha256, mergeDigest, at: record.at };
  } catch (error) {
    await rm(path, { force: true });
    await steps.copies.remove(offered);
    throw error;
  }
}
