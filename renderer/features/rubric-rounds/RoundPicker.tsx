import { useState } from 'react';
import { roundStatusLabels } from '../../../shared/domain/round';
import type { OfficeRound } from '../../../shared/office/office-round';
import { useDomainLabel } from '../panel/use-domain-label';

/** The round a screen works on: the one chosen, else the first still in preparation. */
export function useRoundChoice(rounds: readonly OfficeRound[]) {
  const [chosen, setChosen] = useState<string | null>(null);
  const round =
    rounds.find((r) => r.round.id === chosen) ??
    rounds.find((r) => r.round.status === 'draft') ??
    rounds.at(-1) ??
    null;
  return { round, choose: setChosen };
}

/** The case's rounds as a segmented choice, each with its status. */
export function RoundPicker(props: {
  readonly label: string;
  readonly rounds: readonly OfficeRound[];
  readonly value: string | undefined;
  readonly onChange: (roundId: string) => void;
}) {
  const label = useDomainLabel();
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
