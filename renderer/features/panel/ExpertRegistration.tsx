import { useRef, useState } from 'react';
import { ExpertRoleSchema, expertRoleLabels, type ExpertRole } from '../../../shared/domain/expert';
import type { ExpertCard } from '../../../shared/office/expert-card';
import { useMessages } from '../../app/i18n/use-messages';
import { api } from '../../ipc/client';
import { useOfficeStore } from '../../state/office-store';
import { CardIdentity } from './CardIdentity';
import { nextFreeId, previewCard, roleFromCard, splitList } from './panel-rules';
import { panelMessages } from './panel-messages';
import { useDomainLabel } from './use-domain-label';

interface Draft {
  readonly text: string;
  readonly card: ExpertCard;
  readonly id: string;
  readonly role: ExpertRole;
  readonly region: string;
  readonly fields: string;
  readonly industries: string;
  readonly verified: boolean;
}

/** 登记专家: an identity card file, its fingerprint to compare aloud, and the office's entry. */
export function ExpertRegistration() {
  const t = useMessages(panelMessages);
  const label = useDomainLabel();
  const { overview, busy, change } = useOfficeStore();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const experts = overview?.case.experts ?? [];

  const load = async (file: File | undefined) => {
    if (!file) return;
    setDone(null);
    const text = await file.text();
    const preview = previewCard(text);
    if (!preview.ok) {
      setDraft(null);
      setProblem(t('reg.badCard', { message: preview.message }));
      return;
    }
    setProblem(null);
    const { card } = preview;
    // The same card again updates that expert rather than registering a second one.
    const known = experts.find((e) => e.keyFingerprint === card.fingerprint);
    setDraft({
      text,
      card,
      id:
        known?.id ??
        nextFreeId(
          'e',
          experts.map((e) => e.id),
        ),
      role: known?.role ?? roleFromCard(card.role),
      region: known?.region ?? card.region ?? '',
      fields: known?.fields.join('、') ?? '',
      industries: known?.industries.join('、') ?? '',
      verified: false,
    });
  };

  const submit = async () => {
    if (!draft) return;
    const ok = await change(t('reg.busy'), () =>
      api().office.registerExpert({
        card: draft.text,
        id: draft.id.trim(),
        role: draft.role,
        region: draft.region.trim(),
        fields: splitList(draft.fields),
        industries: splitList(draft.industries),
      }),
    );
    if (ok) {
      setDone(t('reg.done', { name: draft.card.name, id: draft.id.trim() }));
      setDraft(null);
    }
  };

  const known = draft ? experts.find((e) => e.keyFingerprint === draft.card.fingerprint) : null;
  const update = (patch: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const ready =
    draft !== null && draft.verified && draft.id.trim() !== '' && draft.region.trim() !== '';

  return (
    <section className="panel-card" aria-labelledby="reg-title">
      <div className="panel-card-head">
        <h3 id="reg-title">{t('reg.title')}</h3>
        <button type="button" onClick={() => input.current?.click()} disabled={busy !== null}>
          {t('reg.choose')}
        </button>
        <span className="muted small">{t('reg.hint')}</span>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="card-input"
          onChange={(event) => {
            void load(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      {problem && (
        <div className="notice notice-error" role="alert">
          {problem}
        </div>
      )}
      {done && !draft && <p className="badge badge-ok panel-done">{done}</p>}
      {draft && (
        <form
          className="panel-reg"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <CardIdentity
            card={draft.card}
            verified={draft.verified}
            onVerified={(verified) => update({ verified })}
          />
          {known && (
            <p className="small muted">{t('reg.existing', { name: known.name, id: known.id })}</p>
          )}
          <div className="panel-fields">
            <label>
              {t('reg.id')}
              <input
                className="panel-id-input"
                value={draft.id}
                onChange={(event) => update({ id: event.target.value })}
              />
            </label>
            <label>
              {t('reg.role')}
              <select
                value={draft.role}
                onChange={(event) => update({ role: ExpertRoleSchema.parse(event.target.value) })}
              >
                {ExpertRoleSchema.options.map((role) => (
                  <option key={role} value={role}>
                    {label(expertRoleLabels[role])}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('reg.region')}
              <input
                className="panel-region-input"
                value={draft.region}
                onChange={(event) => update({ region: event.target.value })}
              />
            </label>
            <label className="panel-grow">
              {t('reg.fields')}
              <input
                value={draft.fields}
                placeholder={t('reg.listHint')}
                onChange={(event) => update({ fields: event.target.value })}
              />
            </label>
            <label className="panel-grow">
              {t('reg.industries')}
              <input
                value={draft.industries}
                placeholder={t('reg.listHint')}
                onChange={(event) => update({ industries: event.target.value })}
              />
            </label>
          </div>
          <div className="toolbar">
            <span className="spacer" />
            <button type="button" onClick={() => setDraft(null)}>
              {t('reg.cancel')}
            </button>
            <button type="submit" className="primary" disabled={!ready || busy !== null}>
              {known ? t('reg.update') : t('reg.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
