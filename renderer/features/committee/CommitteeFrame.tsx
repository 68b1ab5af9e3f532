import { useEffect } from 'react';
import type { ReactNode } from 'react';
import type { AvailableCommitteeDesk } from '../../../shared/committee-desk/committee-desk-views';
import { roundKindLabels } from '../../../shared/domain/round-kind';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Screen } from '../../components/Screen';
import { loadCommittee } from '../../state/committee-actions';
import { useCommitteeStore } from '../../state/committee-store';
import { loadDesk } from '../../state/desk-actions';
import { selectDeskStatus, selectOpenedPackage, useDeskStore } from '../../state/desk-store';
import { committeeMessages } from './committee-messages';
import './committee.css';

/**
 * What the chair's three screens share: the open package and the committee's state asked of
 * main on every visit, and what stops the work (no package, not the chair or vice-chair, no
 * identity to sign with); then the screen with the round and the signer beside its title.
 */
export function CommitteeFrame(props: {
  readonly title: 'summary.title' | 'lists.title' | 'objection.title';
  readonly onUnlock: () => void;
  readonly children: (state: AvailableCommitteeDesk) => ReactNode;
}) {
  const t = useMessages(committeeMessages);
  const label = useBilingualLabel();
  const deskStatus = useDeskStore(selectDeskStatus);
  const opened = useDeskStore(selectOpenedPackage);
  const state = useCommitteeStore((s) => s.state);
  const stateOf = useCommitteeStore((s) => s.packageId);
  const loadError = useCommitteeStore((s) => s.errors.load ?? null);
  const packageId = opened?.packageId ?? null;

  useEffect(() => {
    if (deskStatus === null) void loadDesk();
  }, [deskStatus]);
  const deskLoaded = deskStatus !== null;
  useEffect(() => {
    if (deskLoaded) void loadCommittee();
  }, [deskLoaded, packageId]);

  const title = t(props.title);
  if (opened === null) {
    return (
      <Screen title={title}>
        <div className="notice cm-stop" data-testid="committee-no-package">
          <p>{t('noPackage.body')}</p>
          <button type="button" className="primary" onClick={props.onUnlock}>
            {t('noPackage.unlock')}
          </button>
        </div>
      </Screen>
    );
  }
  if (loadError) {
    return (
      <Screen title={title}>
        <ErrorNotice error={loadError} onRetry={() => void loadCommittee()} />
      </Screen>
    );
  }
  if (state === null || stateOf !== packageId) {
    return (
      <Screen title={title}>
        <p className="muted">{t('loading')}</p>
      </Screen>
    );
  }
  if (!state.available) {
    return (
      <Screen title={title}>
        <p className="notice notice-warning cm-stop" data-testid="committee-unavailable">
          {t(`unavailable.${state.reason}`)}
        </p>
      </Screen>
    );
  }
  const kind = label(roundKindLabels[state.round.kind]);
  const header = (
    <span className="badge cm-round" data-testid="committee-round">
      {t('round', {
        round: state.round.name.includes(kind) ? state.round.name : `${state.round.name} · ${kind}`,
        name: state.signer.name,
        role: t(`role.${state.signer.role}`),
      })}
    </span>
  );
  return (
    <div className="cm-screen">
      <Screen title={title} header={header}>
        {props.children(state)}
      </Screen>
    </div>
  );
}
