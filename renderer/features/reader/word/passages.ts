/**
 * What the app asks a reader (Word or PDF) to mark in a material: the expert's annotations, each
 * by its quote with context, its offsets as a hint and, in a PDF, its page; and what the reader
 * answers: for each one, whether its passage was found in the text as it stands now.
 */
import type {
  TextPositionSelector,
  TextQuoteSelector,
} from '../../../../shared/journal/annotation-selector';
import type { ReadingPlaceProps } from './use-reading-place';

export interface Passage {
  /** The annotation's id. */
  readonly id: string;
  readonly quote: TextQuoteSelector;
  readonly position?: TextPositionSelector;
  /** A PDF page, 1-based. */
  readonly page?: number;
}

export type PassageFinding = 'found' | 'not-found';

export type PassageFindings = Readonly<Record<string, PassageFinding>>;

/**
 * What a reader takes beyond the material's bytes, to mark passages and answer targets, and to
 * open where the expert left off.
 */
export interface PassageProps extends ReadingPlaceProps {
  /** The material shown: a reader target for it is answered here. */
  readonly materialId?: string;
  readonly passages?: readonly Passage[];
  /** Told once every passage has been looked for, and again whenever they change. */
  readonly onFindings?: (findings: PassageFindings) => void;
}

export const NO_PASSAGES: readonly Passage[] = [];
