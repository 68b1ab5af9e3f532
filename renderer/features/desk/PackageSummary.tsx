import { useMessages } from '../../app/i18n/use-messages';
import type { DeskPackageView } from '../../../shared/desk/desk-views';
import { deskMessages } from './desk-messages';

/** The opened package: its round, office, recipient and seats, and how it was opened. */
export function PackageSummary(props: { readonly opened: DeskPackageView }) {
  const t = useMessages(deskMessages);
  const { opened } = props;
  const seats = opened.recipient.seats
    .map((seat) => (seat.groupName ? `${seat.groupName} · ` : '') + t(`seat.${seat.role}`))
    .join('；');
  return (
    <section className="desk-panel" aria-labelledby="desk-package-title">
      <h3 id="desk-package-title" data-testid="desk-round">
        {opened.round.name}
      </h3>
      <dl className="desk-facts">
        <dt>{t('package.round')}</dt>
        <dd>
          {t(`round.${opened.round.kind}`)} · {t('package.year')} {opened.year}
        </dd>
        <dt>{t('package.office')}</dt>
        <dd>{opened.office.name}</dd>
        <dt>{t('package.officeFingerprint')}</dt>
        <dd className="desk-mono">{opened.office.fingerprint}</dd>
        <dt>{t('package.recipient')}</dt>
        <dd>
          {opened.recipient.name}{' '}
          <span className="desk-mono muted">{opened.recipient.fingerprint}</span>
        </dd>
        <dt>{t('package.seats')}</dt>
        <dd>{seats}</dd>
        <dt>{t('package.file')}</dt>
        <dd>
          {opened.fileName}（{t('package.sequence', { sequence: opened.packageSequence })}）
        </dd>
      </dl>
      <p
        className={opened.canSign ? 'desk-note' : 'notice notice-warning'}
        data-testid="desk-unlocked-with"
      >
        {opened.unlockedWith === 'identity'
          ? t('package.unlockedWithIdentity')
          : t('package.unlockedWithPassphrase')}
      </p>
      {opened.pin === 'pinned-now' && <p className="desk-note">{t('package.pinnedNow')}</p>}
      {opened.sequence.kind === 'newer' && (
        <p className="notice">
          {t('package.newer', {
            previous: opened.sequence.previousSequence,
            kept: opened.sequence.kept.length,
            added: opened.sequence.added.length,
            dropped: opened.sequence.dropped.length,
          })}
        </p>
      )}
    </section>
  );
}
