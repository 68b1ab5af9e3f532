/**
 * What opening a journal found and repaired, for the UI to tell the user: a torn tail is the
 * unfinished last write of a process that was killed or a machine that lost power. It never
 * holds a record that was shown as saved (已保存): those were on disk before they were shown.
 */

export interface TornTailReport {
  /** How many bytes after the last whole record were dropped. */
  readonly droppedBytes: number;
  /** The last record kept (0 when the journal holds none). */
  readonly lastRecordNumber: number;
}

export interface JournalOpenReport {
  /** Set when an unfinished last write was found and cut away. */
  readonly tornTail: TornTailReport | null;
}

/** The report in the UI's two languages. */
export function tornTailWords(report: TornTailReport): { zh: string; en: string } {
  return {
    zh: `上次退出时有一次未完成的写入（${report.droppedBytes} 字节），已安全移除；已保存的内容完好，截至第 ${report.lastRecordNumber} 条记录。`,
    en: `An unfinished write from the last session (${report.droppedBytes} bytes) was safely removed; everything saved is intact, up to record ${report.lastRecordNumber}.`,
  };
}
