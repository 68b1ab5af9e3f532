/**
 * The system clipboard, written by main only. The page never writes the clipboard by script
 * (its permission is denied, SECURITY 5); the copy button asks main, which copies only the
 * unlocked identity's fingerprint, a public value.
 */
export interface TextClipboard {
  writeText(text: string): void;
}
