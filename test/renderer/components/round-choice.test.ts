import { describe, expect, it } from 'vitest';
import { defaultRubric } from '../../../shared/domain/rubric';
import type { OfficeRound } from '../../../shared/office/office-round';
import { workingRound } from '../../../renderer/components/round-choice';

function round(id: string, status: OfficeRound['round']['status']): OfficeRound {
  const rubric = defaultRubric('material');
  const createdAt = '2026-07-01T09:00:00+08:00';
  return {
    round: { id, year: 2026, kind: 'material', name: id, rubric, status, createdAt },
    applicationIds: [],
    materialIds: [],
  };
}

describe('workingRound', () => {
  const open = round('material', 'open');
  const draft = round('defense', 'draft');

  it('takes the round the clerk chose', () => {
    expect(workingRound([open, draft], 'material')).toBe(open);
  });

  it('otherwise the first round still in preparation', () => {
    expect(workingRound([open, draft], null)).toBe(draft);
    expect(workingRound([open, draft], 'gone')).toBe(draft);
  });

  it('otherwise the last round, and nothing when there is none', () => {
    const later = round('defense', 'closed');
    expect(workingRound([open, later], null)).toBe(later);
    expect(workingRound([], null)).toBeNull();
  });
});
