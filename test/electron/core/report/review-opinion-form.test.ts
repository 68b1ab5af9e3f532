/**
 * 评审意见表 as data and as a Word file: the facts of the application, every part of the round's
 * rubric with its maximum, the expert's score and comment, the total computed from the parts
 * (incomplete said so, an unscored part blank, never 0), the three overall comments and the
 * recommendation, the confidentiality line, a signature line, and page numbers in the footer.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultRubric, rubricParts } from '../../../../shared/domain/rubric';
import {
  formatPoints,
  reviewOpinionForm,
  reviewOpinionFormBlocks,
} from '../../../../electron/core/report/review-opinion-form';
import type { ReviewOpinionFormInput } from '../../../../electron/core/report/review-opinion-form';
import type { WordBlock } from '../../../../electron/core/report/word-document';

const rubric = defaultRubric('material');
const parts = rubricParts(rubric).map((p) => p.part);

function input(scores: (number | null)[]): ReviewOpinionFormInput {
  return {
    year: 2026,
    roundName: '2026年资料评审',
    application: {
      applicationNo: '2026001',
      applicantName: '华东精密轴承有限公司',
      experienceTitle: '精益质量管理实践',
    },
    expert: { name: '张专家', organisation: '某大学' },
    rubric,
    partScores: Object.fromEntries(parts.map((p, i) => [p.id, scores[i] ?? null])),
    partComments: { [parts[0]!.id]: '符合科学规律。\n有创新。' },
    overall: { strengths: '体系完整。', weaknesses: '推广证据不足。', suggestions: '补充案例。' },
    recommendation: '推荐入围答辩',
    printedOn: '2026年11月29日',
  };
}

/** Every text of the blocks, in order, cell by cell. */
function texts(blocks: readonly WordBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? [block.runs.map((r) => r.text).join('')]
      : block.rows.flatMap((row) =>
          row.map((cell) =>
            cell.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n'),
          ),
        ),
  );
}

describe('评审意见表', () => {
  it('computes the total from the parts when every part is scored', () => {
    const all = parts.map((p) => p.maxPoints - 1.5);
    const shown = texts(reviewOpinionFormBlocks(input(all)));
    const sum = all.reduce((a, b) => a + b, 0);
    expect(shown).toContain(formatPoints(sum));
    for (const part of parts) expect(shown).toContain(part.text);
    expect(shown).toContain('符合科学规律。\n有创新。');
    for (const words of ['体系完整。', '推广证据不足。', '补充案例。', '推荐入围答辩'])
      expect(shown).toContain(words);
    expect(shown.some((t) => t.startsWith('评审专家（签字）'))).toBe(true);
    expect(shown).toContain('保密  评审结束后由办公室统一收回');
  });

  it('leaves an unscored part blank and says the total is incomplete', () => {
    const some = parts.map((p, i) => (i === 0 ? null : p.maxPoints));
    const shown = texts(reviewOpinionFormBlocks(input(some)));
    const scored = parts.slice(1).reduce((a, p) => a + p.maxPoints, 0);
    expect(shown).toContain(`${formatPoints(scored)}（尚有 1 项未评分）`);
    // The first part's row: its score cell is empty, not 0.
    const first = reviewOpinionFormBlocks(input(some)).find(
      (b): b is Extract<WordBlock, { kind: 'table' }> =>
        b.kind === 'table' && b.columns.length === 5,
    )!.rows[1]!;
    expect(first[3]!.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['']);
  });

  it('writes points as reviewers do', () => {
    expect(formatPoints(13)).toBe('13');
    expect(formatPoints(12.5)).toBe('12.5');
    expect(formatPoints(0.1 + 0.2)).toBe('0.3');
  });

  it('is a Word file with the text in it and page numbers in its footer', async () => {
    const files = unzipSync(await reviewOpinionForm(input(parts.map((p) => p.maxPoints))));
    const body = strFromU8(files['word/document.xml']!);
    expect(body).toContain('评审意见表');
    expect(body).toContain('华东精密轴承有限公司');
    const footer = Object.entries(files).find(([name]) => /^word\/footer\d*\.xml$/.test(name));
    expect(footer).toBeDefined();
    const footerXml = strFromU8(footer![1]);
    expect(footerXml).toContain('PAGE');
    expect(footerXml).toContain('NUMPAGES');
  });
});
