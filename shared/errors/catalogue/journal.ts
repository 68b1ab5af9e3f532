/**
 * The journal's failures (the user's own work on a case: docs/journal-format.md). Each names what
 * happened and what is still safe; none names a path or a record's content.
 */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';
import { issueWithPath } from '../validation-issue';
import type { ValidationIssue } from '../validation-issue';

export interface JournalErrorParams {
  'not-a-journal': NoParams;
  'journal-version-unsupported': { readonly version: number };
  /** The journal belongs to another identity than the one opening it. */
  'journal-not-yours': NoParams;
  /** The journal is of another case than the one asked for. */
  'journal-other-case': NoParams;
  /** A record that was saved fails authentication, or is missing: the last good one is named. */
  'journal-damaged': { readonly afterRecord: number };
  /** The journal ends at `found`; this machine has seen `highest` of the case. */
  'journal-rolled-back': { readonly found: number; readonly highest: number };
  /** Another journal of the case than the one this machine has been writing. */
  'journal-replaced': NoParams;
  /** A record authenticates but is not one this version knows (a newer app wrote it). */
  'journal-record-unreadable': { readonly recordNumber: number };
  /** A record to append broke its schema: our bug, nothing was written. */
  'journal-record-invalid': { readonly issues: readonly ValidationIssue[] };
  'journal-disk-full': NoParams;
  /** The disk refused a write or a flush: nothing after the last saved record is trusted. */
  'journal-write-failed': NoParams;
  'journal-closed': NoParams;
  /** The journal is already open in this app (one writer per file). */
  'journal-in-use': NoParams;
  'journal-exists': NoParams;
  'journal-memory-damaged': NoParams;
  'not-a-journal-backup': NoParams;
}

export const journalCatalogue: CatalogueOf<JournalErrorParams> = {
  'not-a-journal': fixedWords('这不是评审工作日志文件。', 'This is not a review journal.'),
  'journal-version-unsupported': {
    kind: 'refused',
    zh: ({ version }) => `工作日志格式版本 ${version} 不受支持，请使用相应版本的软件。`,
    en: ({ version }) =>
      `Journal format version ${version} is not supported by this version of the application.`,
  },
  'journal-not-yours': fixedWords(
    '此工作日志属于另一个身份，不能用当前身份打开。',
    'This journal belongs to another identity.',
  ),
  'journal-other-case': fixedWords(
    '此工作日志属于另一个评审案卷。',
    'This journal belongs to another case.',
  ),
  'journal-damaged': {
    kind: 'refused',
    zh: ({ afterRecord }) =>
      `工作日志已损坏或被改动（第 ${afterRecord} 条记录之后）。为免丢失或误用已保存的内容，暂不打开；请从备份恢复。`,
    en: ({ afterRecord }) =>
      `The journal is damaged or altered (after record ${afterRecord}). It is not opened, so nothing saved is lost or misread; restore it from your backup.`,
  },
  'journal-rolled-back': {
    kind: 'refused',
    zh: ({ found, highest }) =>
      `工作日志被回退：文件只到第 ${found} 条记录，本机已保存到第 ${highest} 条。可能是旧副本覆盖了当前文件；如确需使用备份，请执行“从备份恢复”。`,
    en: ({ found, highest }) =>
      `The journal was rolled back: the file ends at record ${found}, this machine has saved up to record ${highest}. An older copy may have replaced the current one; to use a backup, restore it explicitly.`,
  },
  'journal-replaced': fixedWords(
    '此工作日志不是本机一直在写的那一份（可能被另一份替换）。如确需使用，请执行“从备份恢复”。',
    'This is not the journal this machine has been writing for the case (it may have been replaced). To use it, restore it explicitly.',
  ),
  'journal-record-unreadable': {
    kind: 'refused',
    zh: ({ recordNumber }) =>
      `工作日志第 ${recordNumber} 条记录无法识别，可能由更新版本的软件写入；请升级软件。`,
    en: ({ recordNumber }) =>
      `Record ${recordNumber} of the journal is of a kind this version does not know; it may have been written by a newer version. Please update the application.`,
  },
  'journal-record-invalid': {
    kind: 'refused',
    zh: ({ issues }) =>
      `要保存的记录无效，未写入：${issues
        .slice(0, 5)
        .map((i) => issueWithPath(i, 'zh-CN'))
        .join('；')}`,
    en: ({ issues }) =>
      `The record to save is invalid and was not written: ${issues
        .slice(0, 5)
        .map((i) => issueWithPath(i, 'en'))
        .join('; ')}`,
  },
  'journal-disk-full': fixedWords(
    '磁盘空间不足，这次修改未保存；此前已保存的内容完好。请腾出空间后重试。',
    'The disk is full: this change was not saved; everything saved before is intact. Free some space and try again.',
  ),
  'journal-write-failed': fixedWords(
    '写入工作日志时磁盘出错，这次修改未保存；此前已保存的内容完好。请重新打开案卷。',
    'The disk failed while writing the journal: this change was not saved; everything saved before is intact. Reopen the case.',
  ),
  'journal-closed': fixedWords('工作日志已关闭。', 'The journal is closed.'),
  'journal-in-use': fixedWords(
    '此工作日志已打开，不能同时再打开或恢复。',
    'This journal is already open; it cannot be opened or restored again at the same time.',
    'conflict',
  ),
  'journal-exists': fixedWords(
    '此案卷的工作日志已存在，未新建。',
    'A journal for this case already exists; none was created.',
  ),
  'journal-memory-damaged': fixedWords(
    '本机记录的工作日志编号信息已损坏，为防止回滚，暂不能打开工作日志。',
    'The record of journal numbers on this machine is damaged; to guard against rollback the journal cannot be opened.',
  ),
  'not-a-journal-backup': fixedWords('这不是工作日志备份文件。', 'This is not a journal backup.'),
};
