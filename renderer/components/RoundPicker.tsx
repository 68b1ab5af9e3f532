import { roundStatusLabels } from '../../shared/domain/round';
import type { OfficeRound } from '../../shared/office/office-round';
import { useBilingualLabel } from '../app/i18n/use-bilingual-label';

/** The record's rounds as a segmented choice, each with its status. */
export function RoundPicker(props: {
  readonly label: string;
  readonly rounds: readonly OfficeRound[];
  readonly value: string | undefined;
  readonly onChange: (roundId: string) => void;
}) {
  const label = useBilingualLabel();
  return (
    <div className="segmented rr-rounds" role="radiogroup" aria-label={props.label}>
      {props.rounds.map(({ round }) => (
        <button
          key={round.id}
          type="button"
          role="radio"
          aria-checked={round.id === props.value}
          className={round.id === props.value ? 'active' : undefined}
          onClick={() => props.onChange(round.id)}
        >
          {round.name}
          <span className="rr-round-status">{label(roundStatusLabels[round.status])}</span>
        </button>
      ))}
    </div>
  );
}
