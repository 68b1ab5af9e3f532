import type { ExpertCard } from '../../../shared/office/expert-card';
import { useMessages } from '../../app/i18n/use-messages';
import { panelMessages } from './panel-messages';

/**
 * Who the card names and its fingerprint, large enough to read aloud, with the box the clerk
 * ticks once the expert has confirmed it: a card swapped in transit fails exactly here.
 */
export function CardIdentity(props: {
  readonly card: ExpertCard;
  readonly verified: boolean;
  readonly onVerified: (verified: boolean) => void;
}) {
  const t = useMessages(panelMessages);
  const { card } = props;
  return (
    <div className="panel-card-id" data-testid="card-preview">
      <div className="panel-card-who">
        <strong>{card.name}</strong>
        <span>{card.organisation}</span>
        {card.region && <span className="muted">{card.region}</span>}
      </div>
      <div className="panel-fingerprint-box">
        <span className="small muted">{t('reg.fingerprint')}</span>
        <code className="panel-fingerprint" data-testid="card-fingerprint">
          {card.fingerprint}
        </code>
        <strong className="panel-verify">{t('reg.verify')}</strong>
      </div>
      <label className="panel-verified">
        <input
          type="checkbox"
          checked={props.verified}
          onChange={(event) => props.onVerified(event.target.checked)}
        />
        {t('reg.verified')}
      </label>
    </div>
  );
}
