import { describe, expect, it } from 'vitest';
import {
  RubricSchema,
  bandFor,
  defaultRubric,
  rubricMaxTotal,
  rubricParts,
  validateRubric,
  withCriterionWeight,
  type Rubric,
} from '../../../shared/domain/rubric';
import { readSeedText } from '../seed-text';

/** Article 8's lines as the seed has them: criterion titles and the six part sentences. */
function article8FromSeed(): { titles: string[]; sentences: string[] } {
  const text = readSeedText();
  const article = text.slice(text.indexOf('第八条'), text.indexOf('第三章'));
  const lines = article
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/\s+/g, '').replace(/,/g, '，'))
    .filter((line) => line !== '');
  const titles = lines.filter((l) => /^（[一二三]）/.test(l)).map((l) => l.slice(3));
  const sentences = lines.filter((l) => !/^（[一二三]）/.test(l));
  return { titles, sentences };
}

describe('defaultRubric', () => {
  const rubric = defaultRubric('material');

  it('is valid, a placeholder, and adds up to 100', () => {
    expect(validateRubric(rubric)).toEqual([]);
    expect(RubricSchema.parse(rubric)).toEqual(rubric);
    expect(rubric.isPlaceholder).toBe(true);
    expect(rubricMaxTotal(rubric)).toBe(100);
  });

  it('weighs the criteria 30/30/40 and their parts 15/15, 15/15, 20/20', () => {
    expect(rubric.criteria.map((c) => c.weight)).toEqual([30, 30, 40]);
    expect(rubricParts(rubric).map(({ part }) => part.maxPoints)).toEqual([15, 15, 15, 15, 20, 20]);
    expect(rubricParts(rubric).map(({ part }) => part.id)).toEqual([
      'c1p1',
      'c1p2',
      'c2p1',
      'c2p2',
      'c3p1',
      'c3p2',
    ]);
  });

  it('uses Article 8’s titles and sentences word for word, OCR spaces removed', () => {
    const { titles, sentences } = article8FromSeed();
    expect(titles).toEqual(['科学性和创新性', '系统性和示范性', '显效性和发展性']);
    expect(rubric.criteria.map((c) => c.title)).toEqual(titles);
    expect(rubric.criteria.map((c) => c.numeral)).toEqual(['一', '二', '三']);
    expect(rubricParts(rubric).map(({ part }) => part.text)).toEqual(sentences);
  });

  it('grades 优/良/中/差 from 90 %, 75 %, 60 % and 0 %, with descriptors for every part', () => {
    expect(rubric.bands.map((b) => [b.id, b.label, b.minRatio])).toEqual([
      ['excellent', '优', 0.9],
      ['good', '良', 0.75],
      ['fair', '中', 0.6],
      ['poor', '差', 0],
    ]);
    for (const { part } of rubricParts(rubric)) {
      expect(Object.keys(part.bandDescriptors ?? {})).toEqual([
        'excellent',
        'good',
        'fair',
        'poor',
      ]);
    }
  });

  it('has a defense variant with the same criteria and its own id', () => {
    const defense = defaultRubric('defense');
    expect(defense.roundKind).toBe('defense');
    expect(defense.id).not.toBe(rubric.id);
    expect(defense.isPlaceholder).toBe(true);
    expect(defense.criteria).toEqual(rubric.criteria);
    expect(validateRubric(defense)).toEqual([]);
  });

  it('returns a fresh copy each time', () => {
    const edited = defaultRubric('material');
    const firstPart = edited.criteria[0]?.parts[0];
    if (!firstPart?.bandDescriptors) throw new Error('default rubric lost its first part');
    firstPart.maxPoints = 99;
    firstPart.bandDescriptors.excellent = 'changed';
    expect(defaultRubric('material')).toEqual(rubric);
  });
});

describe('bandFor', () => {
  const rubric = defaultRubric('material');
  const label = (ratio: number) => bandFor(rubric, ratio).label;

  it('puts each boundary in the higher band', () => {
    expect(label(0.9)).toBe('优');
    expect(label(0.8999)).toBe('良');
    expect(label(0.75)).toBe('良');
    expect(label(0.7499)).toBe('中');
    expect(label(0.6)).toBe('中');
    expect(label(0.5999)).toBe('差');
  });

  it('covers 0 and 1 and reaches a boundary despite float noise', () => {
    expect(label(1)).toBe('优');
    expect(label(0)).toBe('差');
    expect(label(27 / 30)).toBe('优');
    // 0.7 + 0.2 is 0.8999999999999999 in binary floats, yet it stands for 90 %.
    expect(label(0.7 + 0.2)).toBe('优');
  });

  it('refuses ratios outside 0–1', () => {
    expect(() => bandFor(rubric, 1.5)).toThrow(RangeError);
    expect(() => bandFor(rubric, -0.1)).toThrow(RangeError);
    expect(() => bandFor(rubric, Number.NaN)).toThrow(RangeError);
  });
});

describe('withCriterionWeight', () => {
  const rubric = defaultRubric('material');

  it('rescales the parts in proportion and leaves the input alone', () => {
    const edited = withCriterionWeight(rubric, 'c1', 25);
    expect(edited.criteria[0]?.weight).toBe(25);
    expect(edited.criteria[0]?.parts.map((p) => p.maxPoints)).toEqual([12.5, 12.5]);
    expect(rubric.criteria[0]?.weight).toBe(30);
    expect(validateRubric(edited).map((p) => p.code)).toEqual(['weights-not-100']);
  });

  it('yields a valid rubric again once the weights add up to 100', () => {
    // 40/30/30: c1 parts 15 × 40/30 = 20 each; c3 parts 20 × 30/40 = 15 each.
    const edited = withCriterionWeight(withCriterionWeight(rubric, 'c1', 40), 'c3', 30);
    expect(rubricParts(edited).map(({ part }) => part.maxPoints)).toEqual([20, 20, 15, 15, 15, 15]);
    expect(validateRubric(edited)).toEqual([]);
  });

  it('keeps unequal parts in their ratio', () => {
    // parts 10 and 20 of weight 30 set to 45: 10 × 45/30 = 15 and 20 × 45/30 = 30.
    const uneven = withCriterionWeight(setParts(rubric, 'c2', [10, 20]), 'c2', 45);
    expect(uneven.criteria[1]?.parts.map((p) => p.maxPoints)).toEqual([15, 30]);
  });

  it('refuses an unknown criterion and a weight that is not positive', () => {
    expect(() => withCriterionWeight(rubric, 'c9', 10)).toThrow('没有编号为 c9 的评审标准');
    expect(() => withCriterionWeight(rubric, 'c1', 0)).toThrow(RangeError);
    expect(() => withCriterionWeight(rubric, 'c1', Number.NaN)).toThrow(RangeError);
  });
});

describe('validateRubric', () => {
  const rubric = defaultRubric('material');
  const codes = (r: Rubric) => validateRubric(r).map((p) => p.code);

  it('reports parts that do not add up to their criterion', () => {
    expect(codes(setParts(rubric, 'c3', [20, 19]))).toEqual(['parts-not-weight']);
  });

  it('reports weights that do not add up to 100', () => {
    const heavier = { ...rubric, criteria: rubric.criteria.map((c) => ({ ...c })) };
    const first = heavier.criteria[0];
    if (first) first.weight = 35;
    expect(codes(heavier)).toEqual(['weights-not-100', 'parts-not-weight']);
  });

  it('reports repeated ids across criteria and parts, and the reserved id "total"', () => {
    const repeated = renamePart(rubric, 'c1p2', 'c1p1');
    expect(codes(repeated)).toEqual(['duplicate-id']);
    expect(codes(renamePart(rubric, 'c2p1', 'c1'))).toEqual(['duplicate-id']);
    expect(codes(renamePart(rubric, 'c2p1', 'total'))).toEqual(['duplicate-id']);
  });

  it('reports bands that are repeated, not descending or not starting at 0', () => {
    const [excellent, good, fair, poor] = rubric.bands;
    if (!excellent || !good || !fair || !poor) throw new Error('default rubric lost a band');
    expect(codes({ ...rubric, bands: [good, excellent, fair, poor] })).toEqual([
      'bands-not-descending',
    ]);
    expect(
      codes({ ...rubric, bands: [excellent, good, fair, { ...poor, minRatio: 0.1 }] }),
    ).toEqual(['bands-not-covering-zero']);
    expect(
      codes({ ...rubric, bands: [excellent, { ...excellent, minRatio: 0.8 }, poor] }),
    ).toContain('duplicate-band');
  });

  it('reports part descriptors for a band the rubric no longer has', () => {
    const [excellent, good, , poor] = rubric.bands;
    if (!excellent || !good || !poor) throw new Error('default rubric lost a band');
    // Every one of the six parts describes 中 (fair), which is gone.
    expect(codes({ ...rubric, bands: [excellent, good, poor] })).toEqual(
      Array.from({ length: 6 }, () => 'unknown-band-descriptor'),
    );
  });

  it('reports a structural error instead of checking sums', () => {
    const broken = { ...rubric, criteria: [] } as Rubric;
    expect(codes(broken)).toEqual(['invalid-structure']);
  });
});

function setParts(rubric: Rubric, criterionId: string, maxima: number[]): Rubric {
  return {
    ...rubric,
    criteria: rubric.criteria.map((c) =>
      c.id === criterionId
        ? { ...c, parts: c.parts.map((p, i) => ({ ...p, maxPoints: maxima[i] ?? p.maxPoints })) }
        : c,
    ),
  };
}

function renamePart(rubric: Rubric, from: string, to: string): Rubric {
  return {
    ...rubric,
    criteria: rubric.criteria.map((c) => ({
      ...c,
      parts: c.parts.map((p) => (p.id === from ? { ...p, id: to } : p)),
    })),
  };
}
