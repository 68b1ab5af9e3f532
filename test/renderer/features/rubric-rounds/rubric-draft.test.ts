import { describe, expect, it } from 'vitest';
import { defaultRubric, rubricMaxTotal } from '../../../../shared/domain/rubric';
import {
  roundPoints,
  withBand,
  withoutPlaceholderMark,
  withPartDescriptor,
  withPartMaxPoints,
} from '../../../../renderer/features/rubric-rounds/rubric-draft';

const rubric = defaultRubric('material');
const firstPart = rubric.criteria[0]!.parts[0]!;

describe('withPartMaxPoints', () => {
  it("sets one part's points and leaves every other part and the original alone", () => {
    const before = JSON.stringify(rubric);
    const edited = withPartMaxPoints(rubric, firstPart.id, firstPart.maxPoints + 2);
    expect(edited.criteria[0]!.parts[0]!.maxPoints).toBe(firstPart.maxPoints + 2);
    expect(rubricMaxTotal(edited)).toBeCloseTo(rubricMaxTotal(rubric) + 2);
    expect(JSON.stringify(rubric)).toBe(before);
  });

  it('leaves the criterion weight for validateRubric to compare', () => {
    const edited = withPartMaxPoints(rubric, firstPart.id, 1);
    expect(edited.criteria[0]!.weight).toBe(rubric.criteria[0]!.weight);
  });

  it('changes nothing for a part that does not exist', () => {
    expect(withPartMaxPoints(rubric, 'no-such-part', 5)).toEqual(rubric);
  });
});

describe('withPartDescriptor', () => {
  it('writes what one grade means for one part, and removes it when the text is cleared', () => {
    const written = withPartDescriptor(rubric, firstPart.id, 'excellent', '全面、系统');
    expect(written.criteria[0]!.parts[0]!.bandDescriptors?.excellent).toBe('全面、系统');
    const cleared = withPartDescriptor(written, firstPart.id, 'excellent', '');
    expect(cleared.criteria[0]!.parts[0]!.bandDescriptors).not.toHaveProperty('excellent');
  });

  it("keeps the part's other grades", () => {
    const one = withPartDescriptor(rubric, firstPart.id, 'good', '较好');
    const two = withPartDescriptor(one, firstPart.id, 'poor', '欠缺');
    expect(two.criteria[0]!.parts[0]!.bandDescriptors).toMatchObject({
      good: '较好',
      poor: '欠缺',
    });
  });
});

describe('withBand', () => {
  it("changes one band's fields and no other band's", () => {
    const edited = withBand(rubric, 'good', { label: '良好', minRatio: 0.7 });
    const good = edited.bands.find((b) => b.id === 'good')!;
    expect(good).toMatchObject({ label: '良好', minRatio: 0.7 });
    expect(edited.bands.filter((b) => b.id !== 'good')).toEqual(
      rubric.bands.filter((b) => b.id !== 'good'),
    );
  });
});

describe('withoutPlaceholderMark', () => {
  it("removes the default's 暂定分值 mark from the name", () => {
    expect(withoutPlaceholderMark('第八条遴选标准（资料评审，暂定分值）')).toBe(
      '第八条遴选标准（资料评审）',
    );
    expect(withoutPlaceholderMark('第八条遴选标准（暂定分值）')).toBe('第八条遴选标准');
  });

  it('keeps a name without the mark, and never leaves an empty name', () => {
    expect(withoutPlaceholderMark('2026年资料评审细则')).toBe('2026年资料评审细则');
    expect(withoutPlaceholderMark('（暂定分值）')).toBe('（暂定分值）');
  });
});

describe('roundPoints', () => {
  it('shows points as people write them', () => {
    expect(roundPoints(12.499999999)).toBe(12.5);
    expect(roundPoints(0.1 + 0.2)).toBe(0.3);
    expect(roundPoints(33.33333)).toBe(33.3333);
  });
});
