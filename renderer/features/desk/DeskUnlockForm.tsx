import { useState } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PassphraseField } from '../../components/PassphraseField';
import { openPackage } from '../../state/desk-actions';
import {
  selectChosenFile,
  selectDeskBusy,
  selectDeskError,
  useDeskStore,
} from '../../state/desk-store';
import { selectCurrentIdentity, useIdentityStore } from '../../state/identity-store';
import { errorFromRenderer } from '../../ipc/shown-error';
import type { ShownError } from '../../ipc/shown-error';
import type { DeskPackageSource } from '../../../shared/desk/desk-views';
import { droppedPathOf } from '../../ipc/dropped-path';
import { deskMessages } from './desk-messages';
import './package-drop.css';
import { fingerprintSendable, readFingerprintDraft } from './desk-text';

/**
 * 开启案卷包: the office fingerprint (first use of a case), the unlocked identity or the
 * package's passphrase, then main's dialog. Every refusal stays on this form, in words.
 */
export function DeskUnlockForm(props: {
  readonly onOpened?: () => void;
  /** Beside an open package (开启其他案卷包): the panel names itself, the screen's title does not. */
  readonly titled?: boolean;
}) {
  const t = useMessages(deskMessages);
  const busy = useDeskStore(selectDeskBusy);
  const refused = useDeskStore(selectDeskError('open'));
  const chosenFile = useDeskStore(selectChosenFile);
  const identity = useIdentityStore(selectCurrentIdentity);
  const [fingerprint, setFingerprint] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [ownError, setOwnError] = useState<ShownError | null>(null);
  const [dragging, setDragging] = useState(false);
  const draft = readFingerprintDraft(fingerprint);
  const error = ownError ?? refused;

  const submit = (source: DeskPackageSource, droppedPath?: string) => {
    if (!fingerprintSendable(draft)) {
      setOwnError(errorFromRenderer(t('unlock.fingerprintNotValid')));
      return;
    }
    setOwnError(null);
    void openPackage({
      officeFingerprint: fingerprint,
      passphrase,
      source,
      ...(droppedPath === undefined ? {} : { droppedPath }),
    }).then((opened) => {
      if (opened) {
        setPassphrase('');
        setFingerprint('');
        props.onOpened?.();
      }
    });
  };

  // One .qbcase, with a path the preload could read (a real drop from the file manager).
  const drop = (files: FileList) => {
    const file = files.length === 1 ? files[0]! : null;
    const path = file && /\.qbcase$/i.test(file.name) ? droppedPathOf(file) : '';
    if (path === '') {
      setOwnError(errorFromRenderer(t('unlock.dropOne')));
      return;
    }
    submit('dropped', path);
  };
  const carriesFiles = (event: React.DragEvent) => event.dataTransfer.types.includes('Files');

  return (
    <section
      className={
        dragging ? 'desk-panel package-drop-target dragging' : 'desk-panel package-drop-target'
      }
      aria-label={t('screen.title')}
      data-testid="package-drop"
      onDragOver={(event) => {
        if (!carriesFiles(event) || busy !== null) return;
        event.preventDefault();
        event.stopPropagation();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.stopPropagation();
        setDragging(false);
        if (busy === null) drop(event.dataTransfer.files);
      }}
    >
      {props.titled && <h3>{t('screen.title')}</h3>}
      <p className="muted">{t('unlock.explain')}</p>
      <p className="desk-identity" data-testid="desk-identity">
        {identity
          ? t('unlock.identity', { name: identity.name, fingerprint: identity.fingerprint })
          : t('unlock.noIdentity')}
      </p>
      <form
        className="desk-form"
        aria-label={t('screen.title')}
        onSubmit={(event) => {
          event.preventDefault();
          submit('dialog');
        }}
      >
        <label className="desk-field">
          <span>{t('unlock.fingerprint')}</span>
          <input
            type="text"
            className="desk-fingerprint-input"
            autoComplete="off"
            spellCheck={false}
            placeholder="XXXX-XXXX-XXXX-XXXX"
            value={fingerprint}
            onChange={(event) => {
              setFingerprint(event.target.value);
              setOwnError(null);
            }}
          />
        </label>
        <p className="desk-hint" data-testid="fingerprint-reading" aria-live="polite">
          {draft.state === 'complete'
            ? t('unlock.fingerprintReads', { fingerprint: draft.grouped })
            : draft.state === 'incomplete'
              ? t('unlock.fingerprintIncomplete', { count: draft.count })
              : draft.state === 'invalid'
                ? t('unlock.fingerprintInvalid')
                : t('unlock.fingerprintHint')}
        </p>
        <PassphraseField
          className="desk-field"
          label={t('unlock.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
        />
        <p className="desk-hint">{t('unlock.passphraseHint')}</p>
        <div className="toolbar">
          <button type="submit" className="primary" disabled={busy !== null}>
            {t('unlock.choose')}
          </button>
          {chosenFile !== null && refused !== null && (
            <button type="button" disabled={busy !== null} onClick={() => submit('last-chosen')}>
              {t('unlock.retry', { fileName: chosenFile })}
            </button>
          )}
          {busy === 'open' && <span className="muted">{t('unlock.busy')}</span>}
        </div>
        <p className="package-drop-zone" aria-hidden={!dragging}>
          {dragging ? t('unlock.dropRelease') : t('unlock.drop')}
        </p>
      </form>
      {error && <ErrorNotice error={error} testId="desk-unlock-error" />}
    </section>
  );
}
