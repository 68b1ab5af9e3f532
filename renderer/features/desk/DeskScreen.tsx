import { useEffect, useState } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Screen } from '../../components/Screen';
import { closePackage, loadDesk } from '../../state/desk-actions';
import {
  selectDeskBusy,
  selectDeskError,
  selectOpenedPackage,
  useDeskStore,
} from '../../state/desk-store';
import { loadIdentities } from '../../state/identity-actions';
import { ApplicationList } from './ApplicationList';
import { DeskUnlockForm } from './DeskUnlockForm';
import { deskMessages } from './desk-messages';
import { PackageSummary } from './PackageSummary';
import './desk.css';

/**
 * The expert's desk (解锁案卷, and 申报列表 for the readers): the unlock form until a package is
 * open, then the package: its round, the applications and their materials. Choosing 阅读 on a
 * material opens it on the reading screen, which the app passes in as `onRead` (this folder
 * neither knows the screens nor imports the reading screen's).
 */
export function DeskScreen(props: { readonly onRead: (materialId: string) => void }) {
  const t = useMessages(deskMessages);
  const opened = useDeskStore(selectOpenedPackage);
  const busy = useDeskStore(selectDeskBusy);
  const loadError = useDeskStore(selectDeskError('load'));
  const [another, setAnother] = useState(false);
  useEffect(() => {
    void loadDesk();
    void loadIdentities();
  }, []);
  if (opened === null) {
    return (
      <Screen title={t('screen.title')}>
        {loadError && <ErrorNotice error={loadError} onRetry={() => void loadDesk()} />}
        <div className="desk-unlock-layout">
          <DeskUnlockForm />
        </div>
      </Screen>
    );
  }
  return (
    <Screen
      title={t('screen.packageTitle')}
      header={
        <div className="toolbar desk-header-actions">
          {busy === 'close' && <span className="muted">{t('package.closeBusy')}</span>}
          <button type="button" disabled={busy !== null} onClick={() => setAnother(!another)}>
            {t('package.openAnother')}
          </button>
          <button type="button" disabled={busy !== null} onClick={() => void closePackage()}>
            {t('package.close')}
          </button>
        </div>
      }
    >
      <div className="desk-layout">
        <div className="desk-column">
          {another && <DeskUnlockForm titled onOpened={() => setAnother(false)} />}
          <PackageSummary opened={opened} />
        </div>
        <div className="desk-column desk-main">
          <ApplicationList applications={opened.applications} onRead={props.onRead} />
        </div>
      </div>
    </Screen>
  );
}
