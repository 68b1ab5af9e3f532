import { describe, expect, it } from 'vitest';
import { CommitteeSchema } from '../../../shared/domain/committee';
import { AppError, parseOrThrow } from '../../../shared/errors';

describe('CommitteeSchema', () => {
  const committee = { chairId: 'e9', viceChairId: 'e8' };

  it('accepts a chair and a different vice-chair', () => {
    expect(CommitteeSchema.parse(committee)).toEqual(committee);
  });

  it('accepts a committee not appointed yet, or half appointed', () => {
    expect(CommitteeSchema.parse({})).toEqual({});
    expect(CommitteeSchema.parse({ chairId: 'e9' })).toEqual({ chairId: 'e9' });
  });

  it('rejects one person as both chair and vice-chair', () => {
    const result = CommitteeSchema.safeParse({ ...committee, viceChairId: 'e9' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('主任委员与副主任委员不能为同一人');
  });

  it('names the rule by code when the office appoints one person twice', () => {
    const appoint = () =>
      parseOrThrow(CommitteeSchema, { chairId: 'e9', viceChairId: 'e9' }, 'committee');
    expect(appoint).toThrow(AppError);
    expect(appoint).toThrow(/The chair and the vice-chair are two people/);
  });
});
