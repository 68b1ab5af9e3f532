/**
 * `journal:` channels: each maps its validated request to one call of the case journal service.
 */
import type { CaseJournalService } from '../core/journal/case-journal-service';
import type { AreaHandlers } from './handler-map';

export function journalHandlers(journal: CaseJournalService): AreaHandlers<'journal'> {
  return {
    'journal:status': () => journal.status(),
    'journal:append': ({ journal: target, entry }) => journal.append(entry, target),
    'journal:exportBackup': () => journal.exportBackup(),
    'journal:restoreBackup': () => journal.restoreBackup(),
  };
}
