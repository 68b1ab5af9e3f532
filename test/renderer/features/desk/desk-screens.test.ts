/** The registry's side of the desk: 解锁案卷 for the panel, 申报列表 for the readers, no identity gate. */
import { describe, expect, it } from 'vitest';
import { navigationByRole } from '../../../../renderer/app/navigation';
import { DeskWithReader, screenEntry } from '../../../../renderer/app/screens';
import { deskMessages } from '../../../../renderer/features/desk/desk-messages';

describe('the desk in the screen registry', () => {
  it('is the unlock screen of the expert, the leader and the chair, and the readers’ list', () => {
    for (const role of ['expert', 'leader', 'chair'] as const) {
      expect(navigationByRole[role], role).toContain('unlock');
    }
    expect(navigationByRole.office).not.toContain('unlock');
    expect(navigationByRole.chair).not.toContain('applications');
    for (const id of ['unlock', 'applications'] as const) {
      // A package opens with its passphrase alone: no identity needed in front of it. The desk
      // comes with the readers composed in by the app.
      expect(screenEntry(id)).toMatchObject({ component: DeskWithReader, gate: null });
    }
  });

  it('has every word in Chinese and in English', () => {
    const zh = Object.keys(deskMessages['zh-CN']).sort();
    expect(Object.keys(deskMessages.en).sort()).toEqual(zh);
    for (const key of zh) {
      expect(deskMessages['zh-CN'][key as keyof (typeof deskMessages)['zh-CN']]).toMatch(
        /[\u4e00-\u9fff]/,
      );
      expect(deskMessages.en[key as keyof (typeof deskMessages)['en']]).not.toMatch(
        /[\u4e00-\u9fff]/,
      );
    }
  });
});
