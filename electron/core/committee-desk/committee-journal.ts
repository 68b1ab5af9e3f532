/**
 * The round's committee work as the journal's live records hold it: the group bundles admitted
 * (every import's list, in journal order), the chair's settings in force, the result bundles
 * written, the re-review acts signed and the reports exported. Pure.
 */
import type { ImportedGroupBundle, JournalRecord } from '../../../shared/journal';
import type {
  CommitteeDeskSettings,
  ReReviewSigned,
  ReportsExported,
  ResultBundleExport,
} from '../../../shared/committee-desk/committee-desk-views';

export interface CommitteeJournal {
  readonly imported: readonly ImportedGroupBundle[];
  readonly settings: CommitteeDeskSettings;
  /** Lowest sequence first. */
  readonly exports: readonly ResultBundleExport[];
  readonly reReviews: readonly ReReviewSigned[];
  /** Lowest sequence first. */
  readonly reportExports: readonly ReportsExported[];
}

/** No quota, no score line, the raw ranking, no exclusion: the list as the groups left it. */
export const DEFAULT_SETTINGS: CommitteeDeskSettings = {
  basis: 'raw',
  quota: null,
  scoreLine: null,
  exclusions: [],
};

export function committeeJournalOf(
  records: readonly JournalRecord[],
  roundId: string,
): CommitteeJournal {
  const imported: ImportedGroupBundle[] = [];
  const exports: ResultBundleExport[] = [];
  const reReviews: ReReviewSigned[] = [];
  const reportExports: ReportsExported[] = [];
  let settings = DEFAULT_SETTINGS;
  for (const r of records) {
    if (!('roundId' in r) || r.roundId !== roundId) continue;
    if (r.kind === 'group-bundles-imported') imported.push(...r.bundles);
    else if (r.kind === 'committee-settings') {
      settings = {
        basis: r.basis,
        quota: r.quota,
        scoreLine: r.scoreLine,
        exclusions: r.exclusions,
      };
    } else if (r.kind === 'result-bundle-exported') {
      exports.push({
        sequence: r.sequence,
        fileName: r.fileName,
        sha256: r.bundleSha256,
        mergeDigest: r.mergeDigest,
        at: r.at,
      });
    } else if (r.kind === 're-review-signed') {
      reReviews.push({
        objectionId: r.objectionId,
        applicationId: r.applicationId,
        outcome: r.outcome,
        resultDigest: r.resultDigest,
        fileName: r.fileName,
        at: r.at,
      });
    } else if (r.kind === 'committee-reports-exported') {
      reportExports.push({
        sequence: r.sequence,
        folderName: r.folderName,
        files: r.files.map((f) => ({ name: f.name, sha256: f.sha256 })),
        mergeDigest: r.mergeDigest,
        at: r.at,
      });
    }
  }
  exports.sort((a, b) => a.sequence - b.sequence);
  reportExports.sort((a, b) => a.sequence - b.sequence);
  return { imported, settings, exports, reReviews, reportExports };
}
