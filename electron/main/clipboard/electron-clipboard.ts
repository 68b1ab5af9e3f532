/**
 * The system clipboard, written by main for the copy button of the unlocked identity's
 * fingerprint (a public value). The page's own clipboard permission stays denied (SECURITY 5).
 */
import { clipboard } from 'electron';
import type { TextClipboard } from '../../core/identity/text-clipboard';

export const electronClipboard: TextClipboard = {
  writeText: (text) => clipboard.writeText(text),
};
