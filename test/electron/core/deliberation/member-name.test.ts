/**
 * A member of the round as the package's manifest names them, for the refusal a leader reads
 * when a kept bundle is gone: from the group's members or the roster, the id only where the
 * manifest has no name for them.
 */
import { describe, expect, it } from 'vitest';
import { memberNameOf } from '../../../../electron/core/deliberation/member-name';
import type { CaseManifest } from '../../../../shared/case/case-manifest';

const manifest = {
  groups: [
    {
      id: 'g1',
      name: '第一组',
      leaderId: 'e01',
      members: [
        { expertId: 'e01', name: '王组长' },
        { expertId: 'e03', name: '' },
      ],
      applicationIds: [],
    },
  ],
  roster: [
    { expertId: 'e03', name: '张专家' },
    { expertId: 'e04', name: '赵专家' },
  ],
} as unknown as Pick<CaseManifest, 'groups' | 'roster'>;

describe('memberNameOf', () => {
  it('names a member from the group or the roster', () => {
    const nameOf = memberNameOf(manifest);
    expect(nameOf('e01')).toBe('王组长');
    expect(nameOf('e04')).toBe('赵专家');
  });

  it('takes the roster’s name where the group’s is empty', () => {
    expect(memberNameOf(manifest)('e03')).toBe('张专家');
  });

  it('says the id only of someone the manifest does not name', () => {
    expect(memberNameOf(manifest)('e77')).toBe('e77');
    expect(memberNameOf({ groups: [], roster: [] })('e01')).toBe('e01');
  });
});
