/**
 * The round's deliberation as the journal's live records hold it: the member bundles admitted
 * (every import's list, in journal order), the deliberation records by their number, the
 * group bundles exported and the group's reports exported. Pure.
 */
import type { ImportedMemberBundle, JournalRecord } from '../../../shared/journal';
import { isDeliberationEntry } from '../../../shared/journal';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import type {
  DeliberationEntryView,
  GroupBundleExport,
  GroupReportsExported,
} from '../../../shared/deliberation/deliberation-views';

export interface DeliberationJournal {
  /** Every bundle admitted in the round, in the order of the imports. */
  readonly imported: readonly ImportedMemberBundle[];
  /** The records by number, lowest first. */
  readonly entries: readonly DeliberationEntryView[];
  readonly records: readonly DeliberationRecord[];
  /** The highest record number, 0 when none. */
  readonly highestNumber: number;
  /** Group bundles exported for the group, lowest sequence first. */
  readonly exports: readonly GroupBundleExport[];
  /** The group's reports exported, lowest sequence first. */
  readonly reportExports: readonly GroupReportsExported[];
}

export function deliberationJournalOf(
  records: readonly JournalRecord[],
  roundId: string,
  groupId: string,
): DeliberationJournal {
  const imported: ImportedMemberBundle[] = [];
  const entries: DeliberationEntryView[] = [];
  const exports: GroupBundleExport[] = [];
  const reportExports: GroupReportsExported[] = [];
  for (const record of records) {
    if (record.kind === 'member-bundles-imported' && record.roundId === roundId) {
      imported.push(...record.bundles);
    } else if (
      record.kind === 'group-bundle-exported' &&
      record.roundId === roundId &&
      record.groupId === groupId
    ) {
      exports.push({
        sequence: record.sequence,
        fileName: record.fileName,
        sha256: record.bundleSha256,
        mergeDigest: record.mergeDigest,
        at: record.at,
      });
    } else if (
      record.kind === 'group-reports-exported' &&
      record.roundId === roundId &&
      record.groupId === groupId
    ) {
      reportExports.push({
        sequence: record.sequence,
        folderName: record.folderName,
        files: record.files.map((f) => ({ name: f.name, sha256: f.sha256 })),
        groupBundleSequence: record.groupBundleSequence,
        mergeDigest: record.mergeDigest,
        at: record.at,
      });
    } else if (isDeliberationEntry(record) && record.roundId === roundId) {
      entries.push({ number: record.number, at: record.at, record: record.record });
    }
  }
  entries.sort((a, b) => a.number - b.number);
  exports.sort((a, b) => a.sequence - b.sequence);
  reportExports.sort((a, b) => a.sequence - b.sequence);
  return {
    imported,
    entries,
    records: entries.map((e) => e.record),
    highestNumber: entries.at(-1)?.number ?? 0,
    exports,
    reportExports,
  };
}
