import type { ReactNode } from 'react';
import type { OfficeRound } from '../../shared/office/office-round';
import { OfficeStatusLine } from './OfficeStatusLine';
import { RoundPicker } from './RoundPicker';
import { Screen } from './Screen';

/**
 * A screen that works on one of the record's rounds: its title with the round picker beside it,
 * then the office's status line, then the screen's own content.
 */
export function RoundScreen(props: {
  readonly title: string;
  /** The picker's accessible name. */
  readonly roundsLabel: string;
  readonly rounds: readonly OfficeRound[];
  readonly roundId: string | undefined;
  readonly onChoose: (roundId: string) => void;
  /** Beside the picker: a note on the rounds. */
  readonly aside?: ReactNode;
  readonly children: ReactNode;
}) {
  return (
    <Screen
      title={props.title}
      header={
        <>
          <RoundPicker
            label={props.roundsLabel}
            rounds={props.rounds}
            value={props.roundId}
            onChange={props.onChoose}
          />
          {props.aside}
        </>
      }
    >
      <OfficeStatusLine />
      {props.children}
    </Screen>
  );
}
