import { describe, expect, it } from 'vitest';
import {
  ConflictKindSchema,
  ConflictOfInterestSchema,
  conflictKindLabels,
  hasConflict,
} from '../../../shared/domain/conflict';

describe('ConflictOfInterestSchema', () => {
  it('accepts a named kind without a reason', () => {
    const conflict = { expertId: 'e1', applicationId: 'a1', kind: 'same-organisation' as const };
    expect(ConflictOfInterestSchema.parse(conflict)).toEqual(conflict);
  });

  it('requires a reason for "other"', () => {
    const other = { expertId: 'e1', applicationId: 'a1', kind: 'other' as const };
    expect(ConflictOfInterestSchema.safeParse(other).success).toBe(false);
    expect(ConflictOfInterestSchema.safeParse({ ...other, reason: '  ' }).success).toBe(false);
    expect(ConflictOfInterestSchema.parse({ ...other, reason: '曾为其提供咨询服务' }).reason).toBe(
      '曾为其提供咨询服务',
    );
  });

  it('labels every kind in Chinese', () => {
    for (const kind of ConflictKindSchema.options) expect(conflictKindLabels[kind].zh).not.toBe('');
  });
});

describe('hasConflict', () => {
  it('finds a recorded pair and nothing else', () => {
    const conflicts = [{ expertId: 'e1', applicationId: 'a1' }];
    expect(hasConflict(conflicts, 'e1', 'a1')).toBe(true);
    expect(hasConflict(conflicts, 'e1', 'a2')).toBe(false);
    expect(hasConflict(conflicts, 'e2', 'a1')).toBe(false);
  });
});
