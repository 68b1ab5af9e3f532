import { describe, expect, it } from 'vitest';
import {
  CaseManifestGroupSchema,
  caseManifestGroup,
  groupInRoundOf,
} from '../../../shared/case/case-manifest';
import type { GroupInRound } from '../../../shared/domain/group-in-round';

const group: GroupInRound = {
  id: 'g1',
  name: '第一组',
  leaderId: 'L1',
  memberIds: ['M1', 'M2'],
  applicationIds: ['a1', 'a2', 'a3'],
};
const experts = new Map([
  ['L1', { name: '组长甲', keyFingerprint: 'AAAA-AAAA-AAAA-AAAA' }],
  ['M1', { name: '组员乙', keyFingerprint: 'BBBB-BBBB-BBBB-BBBB' }],
  ['M2', { name: '组员丙' }],
]);

describe('caseManifestGroup', () => {
  it('names the leader first, then the members, each with their public facts', () => {
    const entry = caseManifestGroup(group, experts, new Set(['a1', 'a2', 'a3']));
    expect(entry).toEqual({
      id: 'g1',
      name: '第一组',
      leaderId: 'L1',
      members: [
        { expertId: 'L1', name: '组长甲', fingerprint: 'AAAA-AAAA-AAAA-AAAA' },
        { expertId: 'M1', name: '组员乙', fingerprint: 'BBBB-BBBB-BBBB-BBBB' },
        { expertId: 'M2', name: '组员丙', fingerprint: '' },
      ],
      applicationIds: ['a1', 'a2', 'a3'],
    });
    expect(CaseManifestGroupSchema.parse(entry)).toEqual(entry);
  });

  it('never names an application the reader may not see', () => {
    const entry = caseManifestGroup(group, experts, new Set(['a3', 'a9']));
    expect(entry.applicationIds).toEqual(['a3']);
    expect(JSON.stringify(entry)).not.toMatch(/"a1"|"a2"/);
  });

  it('has no leaderId key for a group without a leader, and empty facts for an unknown person', () => {
    const { leaderId: _leader, ...leaderless } = group;
    const entry = caseManifestGroup(leaderless, new Map(), new Set());
    expect('leaderId' in entry).toBe(false);
    expect(entry.members).toEqual([
      { expertId: 'M1', name: '', fingerprint: '' },
      { expertId: 'M2', name: '', fingerprint: '' },
    ]);
  });

  it('keeps the JSON keys of manifest version 2 in their order', () => {
    const entry = caseManifestGroup(group, experts, new Set(['a1']));
    expect(Object.keys(entry)).toEqual(['id', 'name', 'leaderId', 'members', 'applicationIds']);
    expect(Object.keys(entry.members[0]!)).toEqual(['expertId', 'name', 'fingerprint']);
  });
});

describe('groupInRoundOf', () => {
  it('reads back the group in the round the package describes', () => {
    const visible = new Set(['a1', 'a2', 'a3']);
    expect(groupInRoundOf(caseManifestGroup(group, experts, visible))).toEqual(group);
    const { leaderId: _leader, ...leaderless } = group;
    expect(groupInRoundOf(caseManifestGroup(leaderless, experts, visible))).toEqual(leaderless);
  });

  it('gives only the applications the package names', () => {
    const entry = caseManifestGroup(group, experts, new Set(['a2']));
    expect(groupInRoundOf(entry)).toEqual({ ...group, applicationIds: ['a2'] });
  });
});
