import { useState } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PassphraseField } from '../../components/PassphraseField';
import { createIdentity } from '../../state/identity-actions';
import {
  selectIdentityBusy,
  selectIdentityError,
  useIdentityStore,
} from '../../state/identity-store';
import { emptyDraft, passphraseState, personalWords, readyProfile } from './create-draft';
import type { CreateDraft } from './create-draft';
import { identityMessages } from './identity-messages';
import { PassphraseAdvice } from './PassphraseAdvice';
import { RoleSelect } from './RoleSelect';
import { usePassphraseVerdict } from './use-passphrase-verdict';

/** Name, organisation, region and role, under a passphrase of the person's own, typed twice. */
export function CreateIdentityForm(props: {
  readonly onCancel?: () => void;
  readonly onCreated?: () => void;
}) {
  const t = useMessages(identityMessages);
  const busy = useIdentityStore(selectIdentityBusy);
  const error = useIdentityStore(selectIdentityError('create'));
  const [draft, setDraft] = useState<CreateDraft>(emptyDraft);
  const verdict = usePassphraseVerdict(draft.passphrase, personalWords(draft));
  const state = passphraseState(draft, verdict);
  const profile = readyProfile(draft, state);
  const edit = (change: Partial<CreateDraft>) => setDraft((old) => ({ ...old, ...change }));
  const text = (field: 'name' | 'organisation' | 'region', placeholder?: string) => (
    <label>
      {t(`create.${field}`)}
      <input
        value={draft[field]}
        placeholder={placeholder}
        maxLength={field === 'organisation' ? 200 : 100}
        onChange={(event) => edit({ [field]: event.target.value })}
      />
    </label>
  );

  return (
    <form
      className="form-grid id-create"
      aria-label={t('create.title')}
      onSubmit={(event) => {
        event.preventDefault();
        if (profile === null) return;
        void createIdentity(profile, draft.passphrase).then((done) => {
          if (!done) return;
          setDraft(emptyDraft);
          props.onCreated?.();
        });
      }}
    >
      <div className="id-fields">
        {text('name')}
        {text('organisation')}
        {text('region', t('create.regionHint'))}
        <RoleSelect value={draft.role} onChange={(role) => edit({ role })} />
      </div>
      <div className="id-fields">
        <PassphraseField
          label={t('create.passphrase')}
          value={draft.passphrase}
          onChange={(passphrase) => edit({ passphrase })}
        />
        <PassphraseField
          label={t('create.confirm')}
          value={draft.confirm}
          onChange={(confirm) => edit({ confirm })}
        />
      </div>
      <PassphraseAdvice state={state} />
      <div className="toolbar">
        <button type="submit" className="primary" disabled={profile === null || busy !== null}>
          {t('create.submit')}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t('create.cancel')}
          </button>
        )}
        <span className="muted">{busy === 'create' ? t('busy.create') : t('create.slow')}</span>
      </div>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}
