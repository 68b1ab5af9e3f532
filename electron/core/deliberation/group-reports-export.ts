/**
 * The group leader's reports, a deliberate plaintext export (docs/security.md): for each
 * application chaired, 评审意见表（专业组合议）, and the group's 评分汇总表 and 投票记录, made from
 * the LAST GROUP BUNDLE THE LEADER EXPORTED (the copy kept in the app's data, checked against its
 * record's SHA-256), verified and opened with the leader's identity as any reader opens it, so the
 * reports say exactly what was signed. Refused before any export, and when the merge or the
 * records have changed since (export the group bundle again first). Into a new folder inside the
 * one the dialog (with the warning) gives; as the chair's reports-export.ts does. Recorded in the
 * journal (`group-reports-exported`: the folder's name, every file's name and SHA-256 as written,
 * the group bundle they show); the folder is removed again if the record fails, so an export is
 * never on disk without its record.
 */
import { AppError } from '../../../shared/errors';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { groupReportFactsOf, groupReports } from '../../../shared/report/group-reports';
import { chineseDate } from '../../../shared/report/report-words';
import { openGroupBundle } from '../merge/open-group-bundle';
import { verifyGroupBundle } from '../merge/verify-group-bundle';
import type { GroupReportsExported } from '../../../shared/deliberation/deliberation-views';
import type { CaseJournalService } from '../journal/case-journal-service';
import { exportRecordedReports } from '../report/report-exporter';
import type { ReportExportChooser } from '../report/report-export-chooser';
import { groupReportFiles, groupReportsFolderStem } from '../report/report-files';
import type { Computed } from './deliberation-facts';
import { mergeDigestOf } from './deliberation-facts';
import type { GroupBundleCopies } from './group-bundle-copy';
import { groupBundleCopyName } from './group-bundle-copy';

export interface GroupReportsSteps {
  readonly journal: Pick<CaseJournalService, 'appendSigned'>;
  readonly chooser: ReportExportChooser;
  readonly copies: GroupBundleCopies;
  readonly now: Date;
}

/** The reports written and recorded; null when the dialog was cancelled (nothing built or written). */
export async function exportGroupReports(
  steps: GroupReportsSteps,
  c: Computed,
): Promise<GroupReportsExported | null> {
  const { manifest, identity } = c.session;
  const { merge } = c.prepared;
  const last = c.journal.exports.at(-1);
  if (last === undefined) throw new AppError('deliberation-reports-not-exported');
  const outdated = () => new AppError('deliberation-reports-outdated', { sequence: last.sequence });
  // A bundle admitted since changes the merge: the signed one no longer says what is held.
  if (mergeDigestOf(merge) !== last.mergeDigest) throw outdated();

  const name = groupBundleCopyName(
    manifest.caseId,
    manifest.round.id,
    merge.groupId,
    last.sequence,
  );
  const bytes = await steps.copies.read(name, last.sha256, last.sequence);
  const verified = verifyGroupBundle(bytes, {
    officeFingerprint: manifest.office.fingerprint,
    caseId: manifest.caseId,
    roundId: manifest.round.id,
    rubricDigest: manifest.rubricDigest,
  });
  const opened = await openGroupBundle(verified, identity, {
    rubric: manifest.round.rubric,
    roundKind: manifest.round.kind,
  });
  // Every record the journal holds now must be the one signed, application by application: a
  // record appended after the export would be missing from the reports.
  const signed = new Map(opened.sections.map((s) => [s.applicationId, s.records]));
  const held = new Set([...signed.keys(), ...c.journal.records.map((r) => r.applicationId)]);
  for (const applicationId of held) {
    const now = c.journal.records.filter((r) => r.applicationId === applicationId);
    if (canonicalJson(now) !== canonicalJson(signed.get(applicationId) ?? [])) throw outdated();
  }

  const printedOn = chineseDate(steps.now);
  const { groupId } = verified.header;
  const reports = groupReports(opened.sections, groupReportFactsOf(manifest, groupId, printedOn));
  const files = groupReportFiles(groupId, reports);
  const roundId = manifest.round.id;
  let sequence = 0;
  const exported = await exportRecordedReports(
    steps.chooser,
    groupReportsFolderStem(roundId, groupId, reports),
    files,
    (written) =>
      steps.journal.appendSigned((records) => {
        // One above the highest of the round and group, read under the journal's lock.
        sequence =
          Math.max(
            0,
            ...records.flatMap((r) =>
              r.kind === 'group-reports-exported' && r.roundId === roundId && r.groupId === groupId
                ? [r.sequence]
                : [],
            ),
          ) + 1;
        return {
          kind: 'group-reports-exported',
          roundId,
          groupId,
          sequence,
          groupBundleSequence: last.sequence,
          mergeDigest: last.mergeDigest,
          folderName: written.folderName,
          files: [...written.files],
        };
      }),
  );
  if (exported === null) return null;
  return {
    sequence,
    folderName: exported.written.folderName,
    files: [...exported.written.files],
    groupBundleSequence: last.sequence,
    mergeDigest: last.mergeDigest,
    at: exported.recorded.record.at,
  };
}
