import { describe, expect, it } from 'vitest';
import { CommitteeSchema } from '../../../shared/domain/committee';

describe('CommitteeSchema', () => {
  const committee = { chairId: 'e9', viceChairId: 'e8', groupIds: ['g1', 'g2'] };

  it('accepts a chair, a different vice-chair and its groups', () => {
    expect(CommitteeSchema.parse(committee)).toEqual(committee);
  });

  it('rejects one person as both chair and vice-chair, and a repeated group', () => {
    expect(CommitteeSchema.safeParse({ ...committee, viceChairId: 'e9' }).success).toBe(false);
    expect(CommitteeSchema.safeParse({ ...committee, groupIds: ['g1', 'g1'] }).success).toBe(false);
  });
});
