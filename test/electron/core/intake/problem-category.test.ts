import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../../electron/core/intake/intake-problem';
import {
  intakeProblemCategories,
  intakeProblemLabels,
  intakeProblemLabelsEn,
} from '../../../../electron/core/intake/problem-category';

describe('problem categories', () => {
  it('give every category a Chinese label', () => {
    for (const category of intakeProblemCategories) {
      expect(intakeProblemLabels[category]).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('cover the categories the office was promised', () => {
    expect(intakeProblemCategories).toEqual(
      expect.arrayContaining([
        'corrupt-archive',
        'path-traversal',
        'zip-bomb',
        'password-required',
        'wrong-password',
        'unsupported-format',
        'corrupt-document',
        'legacy-doc',
        'bad-name',
      ]),
    );
    expect(intakeProblemLabels['zip-bomb']).toBe('疑似压缩炸弹');
    expect(intakeProblemLabels['legacy-doc']).toBe('旧版Word');
  });

  it('name the archive and the entry in the message', () => {
    const problem = describeProblem(
      {
        category: 'path-traversal',
        effect: 'refused',
        entryPath: '../x',
        detail: '条目路径含有“..”',
      },
      '2024001+某公司.zip',
    );
    expect(problem.label).toBe('路径越界');
    expect(problem.message).toBe(
      '路径越界：2024001+某公司.zip 中的 ../x：条目路径含有“..” / Path escapes the archive: ../x in 2024001+某公司.zip',
    );
  });

  it('give every category an English label, and the message the English detail when there is one', () => {
    for (const category of intakeProblemCategories) {
      expect(intakeProblemLabelsEn[category]).toMatch(/^[A-Z][A-Za-z -]+$/);
    }
    const problem = describeProblem(
      {
        category: 'multi-volume',
        effect: 'refused',
        entryPath: null,
        detail: '缺少分卷',
        detailEn: 'parts are missing',
      },
      'a.part1.rar',
    );
    expect(problem.message).toBe(
      '分卷压缩包：a.part1.rar：缺少分卷 / Multi-volume archive: a.part1.rar: parts are missing',
    );
  });
});
