/**
 * Writes every kind of report into a folder, to be turned into pages and looked at
 * (render-report-pages.sh): a real group's reports (the merge tests' sealed round, a group bundle
 * opened by the chair: test/electron/core/report/report-round.ts) and the lists and objection
 * record from their samples. Run: node --import tsx test/support/write-sample-reports.ts DIR
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  groupReportFiles,
  listReportFiles,
  objectionReportFiles,
} from '../../electron/core/report/report-files';
import { writeReports } from '../../electron/core/report/report-exporter';
import { reportRound } from '../electron/core/report/report-round';
import { objections, preliminary, publicNotice, shortlist } from '../shared/report/report-samples';

const out = process.argv[2];
if (out === undefined) {
  console.error('usage: node --import tsx test/support/write-sample-reports.ts DIR');
  process.exit(2);
}
await mkdir(out, { recursive: true });
const scratch = await mkdtemp(join(tmpdir(), 'qb-sample-reports-'));
try {
  const { reports } = await reportRound(scratch);
  const written = await writeReports(out, 'reports', [
    ...groupReportFiles('g1', reports),
    ...listReportFiles(shortlist),
    ...listReportFiles(preliminary),
    ...listReportFiles(publicNotice),
    ...objectionReportFiles(objections),
  ]);
  console.log(join(out, written.folderName));
} finally {
  await rm(scratch, { recursive: true, force: true });
}
