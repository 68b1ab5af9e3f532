/**
 * A group's reports from a real group bundle opened by the chair, written by the exporter and
 * read back with mammoth: each 评审意见表 names every member with their frozen total, the
 * deliberated total, the deviation with its explanation, the ballots, the dissent, the consensus
 * and the decision; 评分汇总表 has every member's column, 回避 where one was recused and the
 * changed total; 投票记录 shows the open ballot's votes and only the secret one's counts. Every
 * document is A4 with page numbers, a title block, the confidentiality line and a signature line.
 */
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { formatPoints } from '../../../../shared/report/report-words';
import {
  groupReportFiles,
  groupReportsFolderStem,
} from '../../../../electron/core/report/report-files';
import { writeReports } from '../../../../electron/core/report/report-exporter';
import {
  DEVIATION_EXPLANATION,
  DISSENT,
  NOTE,
  OPINION_2,
  PRINTED_ON,
  reportRound,
} from './report-round';

const scratch = await mkdtemp(join(tmpdir(), 'qb-report-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const { round, reports, applicationIds, change } = await reportRound(scratch);
const [app1, app2, app3] = applicationIds;
const chairManifest = round.manifests.get('e09')!;
const nameOf = (id: string) => chairManifest.roster.find((p) => p.expertId === id)!.name;
const applicationNo = (id: string) =>
  chairManifest.applications.find((a) => a.id === id)!.applicationNo;

const out = join(scratch, 'out');
await mkdir(out);
const exported = await writeReports(
  out,
  groupReportsFolderStem('material', 'g1', reports),
  groupReportFiles('g1', reports),
);
const folder = join(out, exported.folderName);

async function docText(name: string): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: await readFile(join(folder, name)) });
  return value;
}

const opinionFile = (id: string) => `评审意见表-${applicationNo(id)}.docx`;

describe("a group's reports, read back", () => {
  it('writes one 评审意见表 per application, 评分汇总表 and 投票记录, and nothing else', async () => {
    // The round and the group as the chair's case names them; each application by its 申报编号.
    expect(exported.folderName).toBe('评审报告-2026年资料评审-第一组');
    expect([...(await readdir(folder))].sort()).toEqual(
      [...applicationIds.map(opinionFile), '评分汇总表-第一组.docx', '投票记录-第一组.docx'].sort(),
    );
    expect(exported.files).toHaveLength(5);
  });

  it('评审意见表 holds every member, the deliberation and the conclusion', async () => {
    const text = await docText(opinionFile(app2));
    const opinion = reports.opinions.find((o) => o.application.applicationId === app2)!;
    for (const id of ['e01', 'e02', 'e03']) expect(text).toContain(nameOf(id));
    for (const r of opinion.reviews) expect(text).toContain(formatPoints(r.total));
    const e03 = opinion.reviews.find((r) => r.expertId === 'e03')!;
    expect(e03.deliberatedTotal).toBe(e03.total + (change.to - change.from));
    expect(text).toContain(formatPoints(e03.deliberatedTotal!));
    expect(text).toContain('分值汇总计算错误');
    expect(text).toContain(DEVIATION_EXPLANATION);
    expect(text).toContain('第1轮 无记名表决“入围答辩”：赞成1 反对2 弃权0，未通过');
    expect(text).toContain('第2轮 记名表决“入围答辩”：赞成2 反对1 弃权0，通过');
    expect(text).toContain(DISSENT);
    expect(text).toContain(OPINION_2);
    expect(text).toContain('78（满分 100）');
    expect(text).toContain('入围答辩');
    // Members' own words: a criterion's comment and the overall comment.
    expect(text).toContain('方法科学，原理清楚。');
    expect(text).toContain('补充与行业标杆的对比。');
    // Title block, confidentiality, signature.
    expect(text).toContain('2026年全国质量标杆遴选');
    expect(text).toContain('保密  评审结束后由办公室统一收回');
    expect(text).toContain(`案卷：${chairManifest.caseId}`);
    expect(text).toContain('组长（签字）');
    expect(text).toContain(PRINTED_ON);
  });

  it('评审意见表 names the recused member and the office-recorded reason', async () => {
    const text = await docText(opinionFile(app1));
    expect(text).toContain(`${nameOf('e03')}（办公室登记回避：`);
    expect(text).toContain(NOTE);
    expect(text).toContain('86.5（满分 100）');
    const third = await docText(opinionFile(app3));
    expect(third).toContain('不入围答辩');
    expect(third).toContain('表决：未表决。');
  });

  it('评分汇总表 has every member, 回避, the changed total and the consensus', async () => {
    const text = await docText('评分汇总表-第一组.docx');
    for (const id of ['e01', 'e02', 'e03']) expect(text).toContain(nameOf(id));
    for (const id of applicationIds) expect(text).toContain(applicationNo(id));
    // e03: recused by the office for the first application, so 回避 and not 缺.
    const e03Column = reports.summary.members.findIndex((m) => m.expertId === 'e03');
    const first = reports.summary.rows.find((r) => r.application.applicationId === app1)!;
    expect(first.cells[e03Column]).toEqual({ kind: 'recused' });
    expect(text).toContain('回避');
    // A cell of its own (mammoth puts each paragraph between blank lines); the note names it.
    expect(text).not.toContain('\n\n缺\n\n');
    const row = reports.summary.rows.find((r) => r.application.applicationId === app2)!;
    const cell = row.cells[reports.summary.members.findIndex((m) => m.expertId === 'e03')]!;
    expect(cell.kind).toBe('score');
    if (cell.kind === 'score') {
      expect(text).toContain(`${formatPoints(cell.total)}→${formatPoints(cell.deliberated!)}`);
    }
    expect(text).toContain('86.5');
    expect(text).toContain('不入围答辩');
  });

  it('投票记录 shows each open vote by name and only counts for a secret ballot', async () => {
    const text = await docText('投票记录-第一组.docx');
    expect(text).toContain(`${nameOf('e03')}：反对`);
    expect(text).toContain(`${nameOf('e01')}：赞成`);
    expect(text).toContain('无记名投票，仅记票数');
    expect(text).toContain('到会人数不少于应到人数的2/3');
    expect(text).toContain(DISSENT);
    // The third application was decided without a vote: not in the minutes of votes.
    expect(text).not.toContain(applicationNo(app3));
  });

  it('names a hostile round and group safely, inside the folder chosen', async () => {
    const heading = {
      ...reports.summary.heading,
      roundName: '../../2026:资料评审',
      groupName: `a/b\\..\\${'第一组'.repeat(70)}`,
    };
    const hostile = { ...reports, summary: { ...reports.summary, heading } };
    const parent = join(scratch, 'hostile');
    await mkdir(parent);
    const files = groupReportFiles('g1', hostile);
    const stem = groupReportsFolderStem('material', 'g1', hostile);
    const group = `a b ${'第一组'.repeat(7)}`.slice(0, 24);
    expect(stem).toBe(`评审报告-2026 资料评审-${group}`);
    expect(files.map((f) => f.name).slice(-2)).toEqual([
      `评分汇总表-${group}.docx`,
      `投票记录-${group}.docx`,
    ]);
    const written = await writeReports(parent, stem, files);
    expect(await readdir(parent)).toEqual([stem]);
    expect([...(await readdir(join(parent, stem)))].sort()).toEqual([...written.files].sort());
  });

  it('every document is A4 with page numbers in its footer', async () => {
    for (const name of await readdir(folder)) {
      const files = unzipSync(await readFile(join(folder, name)));
      const body = strFromU8(files['word/document.xml']!);
      expect(body).toMatch(/<w:pgSz w:w="(11906|16838)" w:h="(16838|11906)"/);
      const footer = Object.entries(files).find(([n]) => /^word\/footer\d*\.xml$/.test(n));
      expect(strFromU8(footer![1])).toContain('NUMPAGES');
    }
  });
});
