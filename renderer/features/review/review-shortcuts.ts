/**
 * The review form's keyboard shortcuts: Enter in a score field moves to the next score, Ctrl+S
 * (⌘S) writes every waiting edit now. None fires while an input method is composing: the Enter
 * that picks a candidate in a Chinese IME is the IME's, not ours (`isComposing`, and keyCode 229
 * for browsers that report the composing keydown that way). Pure, for the form and its tests.
 */

export type ReviewShortcut = 'next-score' | 'save-now';

export interface ShortcutKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly isComposing: boolean;
  readonly keyCode: number;
}

export function reviewShortcutOf(
  event: ShortcutKey,
  where: 'score' | 'text',
): ReviewShortcut | null {
  if (event.isComposing || event.keyCode === 229) return null;
  const command = event.ctrlKey || event.metaKey;
  if (command && !event.altKey && event.key.toLowerCase() === 's') return 'save-now';
  if (where === 'score' && event.key === 'Enter' && !command && !event.altKey && !event.shiftKey) {
    return 'next-score';
  }
  return null;
}
