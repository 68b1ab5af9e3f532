/**
 * reports_10x7x250 (issue 11, point 8): milliseconds to write every report of a round of 250
 * applications in 10 groups of 7 experts: 250 评审意见表 (each with 7 members' scores and
 * comments, the statistics, deviations, the deliberation and the conclusion), 10 评分汇总表 and
 * 10 投票记录, 入围答辩名单 and 公示名单 each as Word, CSV and XLSX, and 异议处理记录.
 * The input is the merge row's (merge-input.ts: a round sealed by the office's core, real review
 * bundles, each group's merge signed by its leader, cached on the bench disk); untimed, the chair
 * verifies and opens the 10 group bundles (that is merge_10x7x250's work) and the committee's
 * merge is computed from the opened sections with shared/committee's own mergeCommittee. Timed:
 * the report inputs built by shared/report's adapters and every file built and written by the
 * exporter (writeReports) into a new folder on the bench disk. No peer tool writes these
 * reports, so the row has our side only; per-kind times are in the notes.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommitteeMergeInput } from '../../shared/committee/committee-input';
import { mergeCommittee } from '../../shared/committee/committee-merge';
import type { CommitteeMerge } from '../../shared/committee/committee-merge';
import {
  committeeListInput,
  committeeReportFactsOf,
  publicNoticeInput,
} from '../../shared/report/committee-reports';
import { groupReportFactsOf, groupReports } from '../../shared/report/group-reports';
import type { GroupReportSection } from '../../shared/report/group-reports';
import type { ObjectionRecordInput } from '../../shared/report/report-input';
import { openGroupBundle, verifyGroupBundle } from '../../electron/core/merge';
import { writeReports } from '../../electron/core/report/report-exporter';
import {
  groupReportFiles,
  listReportFiles,
  objectionReportFiles,
} from '../../electron/core/report/report-files';
import type { ReportFile } from '../../electron/core/report/report-files';
import { median, rowFrom, timeAlternating } from './alternating';
import type { Side } from './alternating';
import type { BenchContext } from './bench-context';
import { loadAverage } from './machine';
import { MERGE_APPLICATIONS, MERGE_GROUPS, MERGE_GROUP_SIZE } from './merge-counts';
import type { MergeInput } from './merge-input';
import { mergeInput } from './merge-input';

/** The issue's target: every report under 10 s. */
export const REPORTS_TARGET_MS = 10_000;
const PRINTED_ON = '2026年11月30日';

interface OpenedGroup {
  readonly groupId: string;
  readonly sections: readonly GroupReportSection[];
}

interface ReportSource {
  readonly groups: readonly OpenedGroup[];
  readonly committee: CommitteeMerge;
}

/** Untimed: the chair verifies and opens every group bundle, and merges across the groups. */
async function reportSource(input: MergeInput): Promise<ReportSource> {
  const expect = {
    officeFingerprint: input.officeFingerprint,
    caseId: input.caseId,
    roundId: input.roundId,
    rubricDigest: input.rubricDigest,
  };
  const groups: OpenedGroup[] = [];
  const committee: CommitteeMergeInput = {
    caseId: input.caseId,
    roundId: input.roundId,
    roundKind: 'material',
    rubric: input.rubric,
    rubricDigest: input.rubricDigest,
    signer: {
      expertId: input.chairManifest.recipient.expertId,
      fingerprint: input.chair.card.fingerprint,
      role: 'chair',
    },
    applications: input.chairManifest.groups.flatMap((g) =>
      g.applicationIds.map((applicationId) => ({
        applicationId,
        applicationNo: input.chairManifest.applications.find((a) => a.id === applicationId)!
          .applicationNo,
        groupId: g.id,
      })),
    ),
    groupBundles: [],
    sections: [],
    // A quota of 100 and a line of 60: the list has cuts of every common kind.
    settings: { quota: 100, scoreLine: 60, basis: 'raw', exclusions: [] },
  };
  const groupBundles: CommitteeMergeInput['groupBundles'][number][] = [];
  const sections: CommitteeMergeInput['sections'][number][] = [];
  for (const bytes of input.groupBundles) {
    const verified = verifyGroupBundle(bytes, expect);
    const opened = await openGroupBundle(verified, input.chair, {
      rubric: input.rubric,
      roundKind: 'material',
    });
    const { header } = verified;
    groups.push({ groupId: header.groupId, sections: opened.sections });
    groupBundles.push({
      groupId: header.groupId,
      merger: {
        expertId: header.roster.statement.member.expertId,
        fingerprint: header.merger.fingerprint,
      },
      sequence: header.sequence,
      digest: verified.digest,
      superseded: [],
    });
    for (const s of opened.sections) {
      sections.push({
        applicationId: s.applicationId,
        groupId: header.groupId,
        groupBundle: verified.digest,
        chair: { expertId: s.chair.expertId, role: s.chair.role },
        merge: s.merge,
        deliberation: s.deliberation,
      });
    }
  }
  return { groups, committee: mergeCommittee({ ...committee, groupBundles, sections }) };
}

/** A handful of objections, as the office's record would give them (their adapter is the office's). */
function objectionsOf(source: ReportSource, facts: ReturnType<typeof committeeReportFactsOf>) {
  const input: ObjectionRecordInput = {
    heading: facts.heading,
    noticePeriod: '2026年12月1日至2026年12月14日（10个工作日）',
    objections: source.committee.list.entries.slice(0, 5).map((e, i) => ({
      number: `YY-2026-0${i + 1}`,
      application: facts.applications.get(e.applicationId)!,
      objector: '某某单位（实名）',
      receivedOn: '2026年12月3日',
      content: '申报材料中的数据来源存疑。',
      evidence: '测评报告复印件一份。',
      admission: '受理',
      investigation: '办公室调取原始资料并向申报单位核实。',
      reReview: '评审委员会复核认为数据可信，维持原评审结论。',
      outcome: '异议不成立',
    })),
  };
  return input;
}

type Kind = '评审意见表' | '评分汇总表' | '投票记录' | '名单' | '异议处理记录';

/** Every report's file, with its kind for the per-kind notes. */
function reportFiles(input: MergeInput, source: ReportSource): { file: ReportFile; kind: Kind }[] {
  const out: { file: ReportFile; kind: Kind }[] = [];
  for (const group of source.groups) {
    const reports = groupReports(
      group.sections,
      groupReportFactsOf(input.chairManifest, group.groupId, PRINTED_ON),
    );
    for (const file of groupReportFiles(group.groupId, reports)) {
      const kind: Kind = file.name.startsWith('评审意见表')
        ? '评审意见表'
        : file.name.startsWith('评分汇总表')
          ? '评分汇总表'
          : '投票记录';
      out.push({ file, kind });
    }
  }
  const facts = committeeReportFactsOf(input.chairManifest, PRINTED_ON);
  const lists = [
    committeeListInput(source.committee, facts),
    // The defense round's list would feed 公示名单; this round's list has the same shape.
    publicNoticeInput(source.committee, facts, '2026年12月1日至2026年12月14日（10个工作日）'),
  ];
  for (const list of lists)
    for (const file of listReportFiles(list)) out.push({ file, kind: '名单' });
  for (const file of objectionReportFiles(objectionsOf(source, facts))) {
    out.push({ file, kind: '异议处理记录' });
  }
  return out;
}

/** The median wall milliseconds of our side. */
function row0(times: Awaited<ReturnType<typeof timeAlternating>>): number {
  const ours = times.sides[0];
  return ours === undefined || 'missing' in ours ? Number.NaN : median(ours.seconds) * 1000;
}

export async function run(ctx: BenchContext): Promise<void> {
  const cacheDir = join(ctx.scratchDir, '..', 'qbr-bench-merge-cache');
  const input = await mergeInput(cacheDir, ctx.log);
  const source = await reportSource(input);
  const opened = source.groups.reduce((n, g) => n + g.sections.length, 0);
  if (opened !== MERGE_APPLICATIONS) {
    throw new Error(`the chair opened ${opened} group sections, not ${MERGE_APPLICATIONS}`);
  }
  const outDir = join(ctx.scratchDir, 'reports');
  let files = 0;
  let bytes = 0;
  // CPU seconds of each timed run (this process, every thread): the figure the load of other
  // processes on the machine does not inflate, beside the wall time the row reports.
  const cpuSeconds: number[] = [];
  const sides: Side[] = [
    {
      name: 'ours',
      work:
        `the report inputs built (shared/report) and every file built and written (writeReports): ` +
        `${MERGE_APPLICATIONS} 评审意见表, ${MERGE_GROUPS} 评分汇总表, ${MERGE_GROUPS} 投票记录 (Word), ` +
        `入围答辩名单 and 公示名单 as Word, CSV and XLSX, 异议处理记录`,
      before: () => rm(outDir, { recursive: true, force: true }),
      run: async () => {
        const cpu = process.cpuUsage();
        const all = reportFiles(input, source).map((f) => f.file);
        const written = await writeReports(ctx.scratchDir, 'reports', all);
        files = written.files.length;
        const used = process.cpuUsage(cpu);
        cpuSeconds.push((used.user + used.system) / 1e6);
      },
    },
  ];
  ctx.log(`reports_10x7x250: ${sides.map((s) => s.name).join(' / ')}`);
  const times = await timeAlternating(sides, {
    repeats: ctx.repeats,
    log: (line) => ctx.log(`reports_10x7x250 ${line}`),
    missing: (tools) => ctx.tools.missing(tools),
  });

  // Untimed: where the time goes, building each file three times and taking each kind's median.
  const perKind = new Map<Kind, number[]>();
  for (let pass = 0; pass < 3; pass++) {
    const totals = new Map<Kind, number>();
    for (const { file, kind } of reportFiles(input, source)) {
      const started = performance.now();
      const built = await file.build();
      totals.set(kind, (totals.get(kind) ?? 0) + performance.now() - started);
      if (pass === 0) bytes += built.byteLength;
    }
    for (const [kind, ms] of totals) perKind.set(kind, [...(perKind.get(kind) ?? []), ms]);
  }
  await rm(outDir, { recursive: true, force: true });

  const row = rowFrom(
    {
      name: 'reports_10x7x250',
      unit: 'ms',
      better: 'lower',
      value: (seconds) => seconds * 1000,
      notes: [
        `${MERGE_GROUPS} groups of ${MERGE_GROUP_SIZE} experts, ${MERGE_APPLICATIONS} applications: ${files} files, ${(bytes / 1e6).toFixed(1)} MB`,
        // The warm-up run is the first; the timed ones follow.
        `CPU time of a timed run (median): ${median(cpuSeconds.slice(-ctx.repeats)).toFixed(2)} s, against ${(row0(times) / 1000).toFixed(2)} s of wall time: the rest is waiting for the machine's other processes (load average beside the row)`,
        `building each kind (median of 3 untimed passes, files built in memory, not written): ${[...perKind].map(([kind, ms]) => `${kind} ${median(ms).toFixed(0)} ms`).join(', ')}`,
        'untimed: verifying and opening the 10 group bundles (merge_10x7x250) and the committee merge (shared/committee mergeCommittee, quota 100, line 60); 异议处理记录 from five sample objections (the office record adapter is not timed)',
        'no peer: no other tool writes these reports from the same data, so the row has our side only',
        `target: every report under ${REPORTS_TARGET_MS} ms; one thread (the docx and exceljs writers are synchronous JavaScript apart from their zip step), ${ctx.cores} cores on the machine`,
      ],
    },
    times,
  );
  ctx.log(
    `reports_10x7x250: median ${row.ours.median.toFixed(0)} ms for ${files} files (target under ${REPORTS_TARGET_MS}: ${row.ours.median < REPORTS_TARGET_MS ? 'met' : 'not met'})`,
  );
  await ctx.record({ ...row, loadAverage: loadAverage() });
}
