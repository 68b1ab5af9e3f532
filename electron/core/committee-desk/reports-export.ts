/**
 * The chair's reports, a deliberate plaintext export (docs/security.md): the committee's list
 * (入围答辩名单 or 初评名单, as Word, CSV and XLSX, every cut with its reason) and, for every group
 * bundle in the merge, the group's 评审意见表 per application the signer may read, 评分汇总表 and
 * 投票记录; into a new folder inside the one the dialog (with the warning) gives. Recorded in the
 * journal (`committee-reports-exported`: the folder's name, every file's name and SHA-256 as
 * written, the merge they show), as the result bundle is; the folder is removed again if the
 * record fails, so an export is never on disk without its record.
 */
import { AppError, isAppError } from '../../../shared/errors';
import {
  committeeListInput,
  committeeReportFactsOf,
} from '../../../shared/report/committee-reports';
import { groupReportFactsOf, groupReports } from '../../../shared/report/group-reports';
import { chineseDate } from '../../../shared/report/report-words';
import { openGroupBundle } from '../merge/open-group-bundle';
import type { ReportsExported } from '../../../shared/committee-desk/committee-desk-views';
import type { CaseJournalService } from '../journal/case-journal-service';
import { exportRecordedReports } from '../report/report-exporter';
import { reportFolderStem } from '../report/report-file-names';
import { groupReportFiles, listReportFiles } from '../report/report-files';
import type { ReportFile } from '../report/report-files';
import type { CommitteeDeskChooser } from './committee-desk-chooser';
import type { Computed } from './committee-desk-facts';
import { committeeMergeDigest } from './committee-desk-facts';

export interface ReportsExportSteps {
  readonly journal: Pick<CaseJournalService, 'appendSigned'>;
  readonly chooser: CommitteeDeskChooser;
  readonly now: Date;
}

/** The reports written and recorded; null when the dialog was cancelled (nothing written). */
export async function exportCommitteeReports(
  steps: ReportsExportSteps,
  c: Computed,
): Promise<ReportsExported | null> {
  const { manifest, identity } = c.session;
  if (c.bundles.length === 0) throw new AppError('committee-desk-no-groups');
  if (c.prepared === null) {
    throw new AppError('committee-desk-waiting', { applicationNos: [...c.waitingFor] });
  }
  const { merge } = c.prepared;
  const printedOn = chineseDate(steps.now);
  const files: ReportFile[] = [
    ...listReportFiles(committeeListInput(merge, committeeReportFactsOf(manifest, printedOn))),
  ];
  const current = new Set(merge.groupBundles.map((g) => g.digest));
  const facts = { rubric: manifest.round.rubric, roundKind: manifest.round.kind };
  for (const g of c.prepared.groupBundles) {
    if (!current.has(g.verified.digest)) continue;
    let opened;
    try {
      opened = await openGroupBundle(g.verified, identity, facts);
    } catch (error) {
      // A group whose every application the signer is in conflict with: nothing of it to print.
      if (isAppError(error, 'group-bundle-not-a-reader')) continue;
      throw error;
    }
    const { groupId } = g.verified.header;
    files.push(
      ...groupReportFiles(
        groupId,
        groupReports(opened.sections, groupReportFactsOf(manifest, groupId, printedOn)),
      ),
    );
  }
  const roundId = manifest.round.id;
  const mergeDigest = committeeMergeDigest(merge);
  let sequence = 0;
  const exported = await exportRecordedReports(
    steps.chooser,
    reportFolderStem('评审报告', { name: manifest.round.name, id: roundId }, '评审委员会'),
    files,
    (written) =>
      steps.journal.appendSigned((records) => {
        // One above the highest of the round, read under the journal's lock.
        sequence =
          Math.max(
            0,
            ...records.flatMap((r) =>
              r.kind === 'committee-reports-exported' && r.roundId === roundId ? [r.sequence] : [],
            ),
          ) + 1;
        return {
          kind: 'committee-reports-exported',
          roundId,
          sequence,
          mergeDigest,
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
    mergeDigest,
    at: exported.recorded.record.at,
  };
}
