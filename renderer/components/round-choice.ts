/** Which of the record's rounds a screen works on. */
import { useState } from 'react';
import type { OfficeRound } from '../../shared/office/office-round';

/** The round chosen, else the first still in preparation, else the last one. */
export function workingRound(
  rounds: readonly OfficeRound[],
  chosenId: string | null,
): OfficeRound | null {
  return (
    rounds.find((r) => r.round.id === chosenId) ??
    rounds.find((r) => r.round.status === 'draft') ??
    rounds.at(-1) ??
    null
  );
}

/** The round a screen works on, and a way to choose another. */
export function useRoundChoice(rounds: readonly OfficeRound[]) {
  const [chosen, setChosen] = useState<string | null>(null);
  return { round: workingRound(rounds, chosen), choose: setChosen };
}
