/**
 * The journal in the app (docs/journal-format.md, "In the app"): what it asks before it keeps the
 * work on an open package. The journal's own failures are in journal.ts.
 */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

export interface CaseJournalErrorParams {
  /**
   * The unlocked identity is not the open package's recipient (the package was opened with its
   * passphrase for someone else, or another identity was unlocked since): the journal is the
   * recipient's own work, signed by them, so it waits for their identity.
   */
  'journal-needs-recipient': { readonly recipient: string };
  /** This host keeps no journals (a test harness without a data directory). */
  'journal-unavailable': NoParams;
}

export const caseJournalCatalogue: CatalogueOf<CaseJournalErrorParams> = {
  'journal-needs-recipient': {
    kind: 'refused',
    zh: ({ recipient }) =>
      `批注和阅读位置保存在案卷包收件人本人的工作日志中：请解锁指纹为 ${recipient} 的身份。`,
    en: ({ recipient }) =>
      `Annotations and reading positions are kept in the journal of the package's recipient: unlock the identity with the fingerprint ${recipient}.`,
  },
  'journal-unavailable': fixedWords(
    '此环境不保存工作日志。',
    'This host keeps no journal.',
    'not-found',
  ),
};
