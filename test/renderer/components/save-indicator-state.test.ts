/** What the saved-state indicator says: 已保存 only when every edit was written. */
import { describe, expect, it } from 'vitest';
import {
  SAVE_INDICATION_WORDS,
  saveIndicationOf,
} from '../../../renderer/components/save-indicator-state';

describe('the save indication', () => {
  it('says nothing before the first edit', () => {
    expect(saveIndicationOf([])).toBe('none');
    expect(saveIndicationOf([undefined])).toBe('none');
  });

  it('says saving while any edit waits or is being written', () => {
    expect(saveIndicationOf(['saved', 'pending'])).toBe('saving');
    expect(saveIndicationOf(['saving', 'saved'])).toBe('saving');
  });

  it('says saved only when every edit was written', () => {
    expect(saveIndicationOf(['saved', 'saved', undefined])).toBe('saved');
  });

  it('says not saved when a write failed, even while others are written', () => {
    expect(saveIndicationOf(['saving', 'failed', 'saved'])).toBe('failed');
  });

  it('words each state in Chinese and English', () => {
    expect(SAVE_INDICATION_WORDS.saved).toEqual({ zh: '已保存', en: 'Saved' });
    expect(SAVE_INDICATION_WORDS.saving.zh).toBe('正在保存…');
  });
});
