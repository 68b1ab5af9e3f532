/**
 * The journal panel's words, Chinese and English side by side (components/ has no catalogue of
 * its own): what a backup or restore did, and the buttons.
 */
import type { JournalNotice } from '../state/journal-store';

export interface Words {
  readonly zh: string;
  readonly en: string;
}

export const JOURNAL_PANEL_WORDS = {
  backup: { zh: '备份工作日志…', en: 'Back up the journal…' },
  restore: { zh: '从备份恢复…', en: 'Restore from a backup…' },
  backingUp: { zh: '正在备份…', en: 'Backing up…' },
  restoring: { zh: '正在恢复…', en: 'Restoring…' },
  dismiss: { zh: '知道了', en: 'OK' },
} as const satisfies Record<string, Words>;

export function journalNoticeWords(notice: JournalNotice): Words {
  if (notice.kind === 'backed-up') {
    return {
      zh: `已备份到 ${notice.fileName}（截至第 ${notice.lastRecordNumber} 条记录）。备份已加密，只有您的身份能打开。`,
      en: `Backed up to ${notice.fileName} (up to record ${notice.lastRecordNumber}). The backup is encrypted: only your identity opens it.`,
    };
  }
  return {
    zh: `已从备份恢复（备份截至第 ${notice.accepted} 条记录）。`,
    en: `Restored from the backup (which ends at record ${notice.accepted}).`,
  };
}
