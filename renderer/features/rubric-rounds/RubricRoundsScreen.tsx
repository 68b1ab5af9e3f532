import { useState } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { useRoundChoice } from '../../components/round-choice';
import { RoundScreen } from '../../components/RoundScreen';
import { selectOverview, useOfficeStore } from '../../state/office-store';
import { DefenseRoundForm } from './DefenseRoundForm';
import { RoundApplications } from './RoundApplications';
import { RubricEditor } from './RubricEditor';
import { rrMessages } from './rr-messages';
import { UndertakingEditor } from './UndertakingEditor';
import { RoundRuleEditor } from './RoundRuleEditor';

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
    <RoundScreen
      title={t('title')}
      roundsLabel={t('rounds')}
      rounds={rounds}
      roundId={round?.round.id}
      onChoose={choose}
      aside={!hasDefense && <span className="muted small">{t('defenseLater')}</span>}
    >
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
          <UndertakingEditor
            // A saved text starts a fresh draft, as the rubric does.
            key={`${round.round.id}:${round.undertaking ?? ''}`}
            round={round}
          />
          <RoundRuleEditor
            // A saved rule starts a fresh draft, as the undertaking does.
            key={`${round.round.id}:${JSON.stringify(round.deliberationRule ?? null)}`}
            round={round}
          />
        </>
      )}
    </RoundScreen>
  );
}
