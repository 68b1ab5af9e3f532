import { bandFor } from '../../../shared/domain/rubric';
import type { Rubric, RubricPart } from '../../../shared/domain/rubric';

/** The round rubric's grades for one part, with their points and descriptors; the score's own marked. */
export function BandList(props: {
  readonly rubric: Rubric;
  readonly part: RubricPart;
  readonly score: number | undefined;
  readonly label: string;
}) {
  const { rubric, part, score } = props;
  const current =
    score === undefined || score > part.maxPoints ? null : bandFor(rubric, score / part.maxPoints);
  const bands = [...rubric.bands].sort((a, b) => b.minRatio - a.minRatio);
  const points = (ratio: number) => Math.round(ratio * part.maxPoints * 100) / 100;
  return (
    <ul className="review-bands" aria-label={props.label}>
      {bands.map((band, i) => {
        const upper = i === 0 ? part.maxPoints : points(bands[i - 1]!.minRatio);
        const range =
          i === 0 ? `${points(band.minRatio)}–${upper}` : `${points(band.minRatio)}–<${upper}`;
        return (
          <li key={band.id} className={current?.id === band.id ? 'current' : undefined}>
            <span className="review-band-label">
              {band.label} <span className="review-band-range">{range}</span>
            </span>
            <span className="review-band-text">
              {part.bandDescriptors?.[band.id] ?? band.descriptor}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
