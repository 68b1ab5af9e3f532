import { useMessages } from '../../../app/i18n/use-messages';
import { isOle2 } from './conversion-problems';
import { DocxView } from './DocxView';
import { LegacyDocView } from './LegacyDocView';
import type { PassageProps } from './passages';
import { wordMessages } from './word-messages';
import './word-view.css';

/**
 * A legacy Word 97–2003 file: an OLE2 file under a .doc or .dot name. An OLE2 file under a
 * .docx name is a password-protected .docx, and a ZIP under a .doc name a misnamed .docx: both
 * go to the .docx path, which says so.
 */
export function isLegacyWord(fileName: string, bytes: Uint8Array): boolean {
  return /\.(doc|dot)$/i.test(fileName) && isOle2(bytes);
}

/**
 * Shows one Word material from its bytes in memory: a .docx converted by mammoth in a worker,
 * sanitised, inserted under Trusted Types, with an outline and the conversion's warnings; a
 * legacy .doc as its text. Every outcome is visible: the document, or a clear error. The
 * passages asked for are marked in the text, and a reader target for the material is shown.
 */
export function WordView(
  props: PassageProps & { readonly bytes: Uint8Array; readonly fileName: string },
) {
  const t = useMessages(wordMessages);
  const { bytes, fileName, ...passages } = props;
  return isLegacyWord(fileName, bytes) ? (
    <LegacyDocView bytes={bytes} t={t} {...passages} />
  ) : (
    <DocxView bytes={bytes} t={t} {...passages} />
  );
}
