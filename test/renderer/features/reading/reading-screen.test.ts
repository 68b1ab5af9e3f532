/** The registry's side of 阅读材料: a screen of its own for whoever opens a package, no gate. */
import { describe, expect, it } from 'vitest';
import { navigationByRole } from '../../../../renderer/app/navigation';
import { ReadingWithReader } from '../../../../renderer/app/reading-screens';
import { screenEntry } from '../../../../renderer/app/screens';
import { readingMessages } from '../../../../renderer/features/reading/reading-messages';

describe('the reading screen in the registry', () => {
  it('is 阅读材料 for the expert, the leader and the chair, with the readers composed in', () => {
    for (const role of ['expert', 'leader', 'chair'] as const) {
      const screens = navigationByRole[role];
      expect(screens, role).toContain('reader');
      // Right after the desk, where a material is chosen.
      expect(screens.indexOf('reader'), role).toBeGreaterThan(screens.indexOf('unlock'));
    }
    expect(navigationByRole.office).not.toContain('reader');
    expect(screenEntry('reader')).toMatchObject({
      label: 'nav.reader',
      component: ReadingWithReader,
      gate: null,
    });
  });

  it('has every word in Chinese and in English', () => {
    const zh = Object.keys(readingMessages['zh-CN']).sort();
    expect(Object.keys(readingMessages.en).sort()).toEqual(zh);
    for (const key of zh as (keyof (typeof readingMessages)['zh-CN'])[]) {
      expect(readingMessages['zh-CN'][key]).toMatch(/[\u4e00-\u9fff]/);
      expect(readingMessages.en[key]).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
