import { describe, expect, it } from 'vitest';
import {
  emptyDraft,
  passphraseState,
  personalWords,
  readyProfile,
} from '../../../../renderer/features/identity/create-draft';
import type { CreateDraft } from '../../../../renderer/features/identity/create-draft';
import { fingerprintGroups } from '../../../../renderer/features/identity/fingerprint-groups';
import { judgePassphrase } from '../../../../shared/security/passphrase-strength';

const STRONG = 'lantern orchard velvet 1927 quiver';
const filled: CreateDraft = {
  name: ' 张三 ',
  organisation: '甲大学',
  region: '北京市',
  role: 'leader',
  passphrase: STRONG,
  confirm: STRONG,
};

const judged = (draft: CreateDraft) =>
  passphraseState(draft, judgePassphrase(draft.passphrase, personalWords(draft)));

describe('the create form', () => {
  it('says nothing before a passphrase, and that it is judging while the estimator loads', () => {
    expect(passphraseState(emptyDraft, null)).toEqual({ kind: 'empty' });
    expect(passphraseState(filled, null)).toEqual({ kind: 'checking' });
  });

  it('says why a passphrase is weak, the person’s own name included', () => {
    expect(judged({ ...filled, passphrase: 'short' })).toEqual({
      kind: 'weak',
      weakness: 'too-short',
    });
    expect(judged({ ...filled, name: 'zhangsan', passphrase: 'zhangsan1990!' })).toMatchObject({
      kind: 'weak',
    });
  });

  it('holds the profile back until the passphrase is strong and typed twice alike', () => {
    const mismatch = { ...filled, confirm: `${STRONG}x` };
    expect(judged(mismatch)).toEqual({ kind: 'mismatch' });
    expect(readyProfile(mismatch, judged(mismatch))).toBeNull();
    const unconfirmed = { ...filled, confirm: '' };
    expect(readyProfile(unconfirmed, judged(unconfirmed))).toBeNull();
    expect(judged(filled)).toEqual({ kind: 'strong' });
    expect(readyProfile(filled, judged(filled))).toEqual({
      name: '张三',
      organisation: '甲大学',
      region: '北京市',
      role: 'leader',
    });
  });

  it('needs the name, the organisation and the region', () => {
    for (const field of ['name', 'organisation', 'region'] as const) {
      const draft = { ...filled, [field]: '  ' };
      expect(readyProfile(draft, { kind: 'strong' }), field).toBeNull();
    }
  });
});

describe('fingerprint groups', () => {
  it('splits a fingerprint into the four groups read aloud', () => {
    expect(fingerprintGroups('7KQ2-M9TX-PA4R-3HVN')).toEqual(['7KQ2', 'M9TX', 'PA4R', '3HVN']);
    expect(fingerprintGroups('7kq2 m9tx pa4r 3hvn')).toEqual(['7KQ2', 'M9TX', 'PA4R', '3HVN']);
  });
});
