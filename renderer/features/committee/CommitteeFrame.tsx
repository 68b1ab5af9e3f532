import { useEffect } from 'react';
import type { ReactNode } from 'react';
import type { AvailableCommitteeDesk } from '../../../shared/committee-desk/committee-desk-views';
import { roundKindLabels } from '../../../shared/domain/round-kind';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { OpenPackageScreen } from '../../components/OpenPackageScreen';
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
  return (
    <OpenPackageScreen
      title={title}
      opened={opened}
      loaded={stateOf === packageId ? state : null}
      loadError={loadError}
      words={{
        noPackage: t('noPackage.body'),
        unlock: t('noPackage.unlock'),
        loading: t('loading'),
      }}
      noPackage={{ testId: 'committee-no-package', className: 'cm-stop' }}
      onUnlock={props.onUnlock}
      onRetry={() => void loadCommittee()}
    >
      {(loaded) => {
        if (!loaded.available) {
          return (
            <Screen title={title}>
              <p className="notice notice-warning cm-stop" data-testid="committee-unavailable">
                {t(`unavailable.${loaded.reason}`)}
              </p>
            </Screen>
          );
        }
        const kind = label(roundKindLabels[loaded.round.kind]);
        const header = (
          <span className="badge cm-round" data-testid="committee-round">
            {t('round', {
              round: loaded.round.name.includes(kind)
                ? loaded.round.name
                : `${loaded.round.name} · ${kind}`,
              name: loaded.signer.name,
              role: t(`role.${loaded.signer.role}`),
            })}
          </span>
        );
        return (
          <div className="cm-screen">
            <Screen title={title} header={header}>
              {props.children(loaded)}
            </Screen>
          </div>
        );
      }}
    </OpenPackageScreen>
  );
}
