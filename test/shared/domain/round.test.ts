import { describe, expect, it } from 'vitest';
import { RoundKindSchema, RoundSchema, roundKindLabels } from '../../../shared/domain/round';
import { defaultRubric } from '../../../shared/domain/rubric';

const round = {
  id: 'r2021-material',
  year: 2021,
  kind: 'material' as const,
  name: '2021年资料评审',
  rubric: defaultRubric('material'),
  status: 'open' as const,
  createdAt: '2021-07-01T09:00:00+08:00',
};

describe('RoundKindSchema', () => {
  it('knows the material and the defense review, with Chinese labels', () => {
    expect(RoundKindSchema.options).toEqual(['material', 'defense']);
    expect(roundKindLabels.material.zh).toBe('资料评审');
    expect(roundKindLabels.defense.zh).toBe('答辩评审');
  });
});

describe('RoundSchema', () => {
  it('accepts a round with its embedded rubric', () => {
    expect(RoundSchema.parse(round)).toEqual(round);
    expect(RoundSchema.parse({ ...round, createdAt: '2021-07-01T01:00:00Z' }).createdAt).toBe(
      '2021-07-01T01:00:00Z',
    );
  });

  it('rejects a rubric made for the other kind of round', () => {
    const result = RoundSchema.safeParse({ ...round, rubric: defaultRubric('defense') });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['rubric', 'roundKind']);
  });

  it('rejects a non-ISO creation time, an unknown status and an implausible year', () => {
    expect(RoundSchema.safeParse({ ...round, createdAt: '2021/07/01' }).success).toBe(false);
    expect(RoundSchema.safeParse({ ...round, status: 'archived' }).success).toBe(false);
    expect(RoundSchema.safeParse({ ...round, year: 21 }).success).toBe(false);
  });
});
