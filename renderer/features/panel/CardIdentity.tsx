import type { CardPreviewView } from '../../../shared/ipc/office-views';
import { formatDate } from '../../app/i18n/locale';
import { useLocale } from '../../app/i18n/locale-context';
import { useMessages } from '../../app/i18n/use-messages';
import { panelMessages } from './panel-messages';

const cardRoles = ['office', 'expert', 'leader', 'chair', 'vice-chair'] as const;
type CardRole = (typeof cardRoles)[number];
const isCardRole = (role: string): role is CardRole =>
  (cardRoles as readonly string[]).includes(role);

/**
 * Who the card names, as main read it once its self-signature held: every field shown here is
 * one the card's owner signed. The card's fingerprint is not among them (see FingerprintEntry).
 */
export function CardIdentity(props: { readonly card: CardPreviewView }) {
  const t = useMessages(panelMessages);
  const locale = useLocale();
  const { card } = props;
  const created = new Date(card.createdAt);
  return (
    <div className="panel-card-who">
      <strong>{card.name}</strong>
      <span>{card.organisation}</span>
      <span className="muted small">
        {[
          card.region,
          t('reg.cardRole', {
            role: isCardRole(card.role) ? t(`cardRole.${card.role}`) : card.role,
          }),
          Number.isNaN(created.getTime())
            ? null
            : t('reg.created', { date: formatDate(locale, created) }),
        ]
          .filter((part) => part)
          .join(' · ')}
      </span>
      <span className="panel-signed">
        <span className="badge badge-ok">✓ {t('reg.signed')}</span>
      </span>
    </div>
  );
}
