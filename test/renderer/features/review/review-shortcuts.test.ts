import { describe, expect, it } from 'vitest';
import { reviewShortcutOf } from '../../../../renderer/features/review/review-shortcuts';
import type { ShortcutKey } from '../../../../renderer/features/review/review-shortcuts';

const key = (over: Partial<ShortcutKey>): ShortcutKey => ({
  key: 'Enter',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  keyCode: 13,
  ...over,
});

describe('reviewShortcutOf', () => {
  it('moves to the next score on Enter in a score field, not in a comment', () => {
    expect(reviewShortcutOf(key({}), 'score')).toBe('next-score');
    expect(reviewShortcutOf(key({}), 'text')).toBeNull();
    expect(reviewShortcutOf(key({ shiftKey: true }), 'score')).toBeNull();
  });

  it('saves now on Ctrl+S or ⌘S anywhere in the form', () => {
    expect(reviewShortcutOf(key({ key: 's', ctrlKey: true, keyCode: 83 }), 'text')).toBe(
      'save-now',
    );
    expect(reviewShortcutOf(key({ key: 'S', metaKey: true, keyCode: 83 }), 'score')).toBe(
      'save-now',
    );
  });

  it('ignores every key while an input method is composing', () => {
    expect(reviewShortcutOf(key({ isComposing: true }), 'score')).toBeNull();
    // The keydown Chromium reports for a key that goes to the IME.
    expect(reviewShortcutOf(key({ keyCode: 229 }), 'score')).toBeNull();
    expect(
      reviewShortcutOf(key({ key: 's', ctrlKey: true, isComposing: true }), 'text'),
    ).toBeNull();
  });
});
