import { useState } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { OfficeStatusLine } from '../../components/OfficeStatusLine';
import { useRoundChoice } from '../../components/round-choice';
import { RoundPicker } from '../../components/RoundPicker';
import { Screen } from '../../components/Screen';
import { selectOverview, useOfficeStore } from '../../state/office-store';
import { DefenseRoundForm } from './DefenseRoundForm';
import { RoundApplications } from './RoundApplications';
import { RubricEditor } from './RubricEditor';
import { rrMessages } from './rr-messages';

/** 评分标准与轮次: the case's rounds, the applications each reviews, and its rubric. */
export function RubricRoundsScreen() {
  const t = useMessages(rrMessages);
  const overview = useOfficeStore(selectOverview);
  const rounds = overview?.record.rounds ?? [];
  const { round, choose } = useRoundChoice(rounds);
  const [justSaved, setJustSaved] = useState<string | null>(null);
  if (!overview) return null;
  const hasDefense = rounds.some((r) => r.round.kind === 'defense');
  // Once the material round is sealed, its shortlist can open the defense round.
  const sealedMaterial = rounds.find(
    (r) => r.round.kind === 'material' && r.round.status !== 'draft',
  );

  return (
    <Screen
      title={t('title')}
      header={
        <>
          <RoundPicker
            label={t('rounds')}
            rounds={rounds}
            value={round?.round.id}
            onChange={choose}
          />
          {!hasDefense && <span className="muted small">{t('defenseLater')}</span>}
        </>
      }
    >
      <OfficeStatusLine />
      {!hasDefense && sealedMaterial && (
        <DefenseRoundForm overview={overview} materialRound={sealedMaterial} />
      )}
      {!round ? (
        <p className="notice">{t('noRound')}</p>
      ) : (
        <>
          {round.round.status !== 'draft' && <p className="notice notice-warning">{t('sealed')}</p>}
          <RoundApplications overview={overview} round={round} />
          <RubricEditor
            // A saved rubric starts a fresh draft; other changes to the case keep the draft.
            key={`${round.round.id}:${JSON.stringify(round.round.rubric)}`}
            round={round}
            justSaved={justSaved === round.round.id}
            onSaved={() => setJustSaved(round.round.id)}
          />
        </>
      )}
    </Screen>
  );
}
