import { useRef, useState } from 'react';
import { ExpertRoleSchema, expertRoleLabels, type ExpertRole } from '../../../shared/domain/expert';
import type { CardPreviewView } from '../../../shared/ipc/office-views';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import { OptionSelect } from '../../components/OptionSelect';
import { errorFromRenderer } from '../../ipc/shown-error';
import {
  changeOffice,
  clearOfficeError,
  previewCard,
  showProblem,
} from '../../state/office-actions';
import { selectIsBusy, selectOverview, useOfficeStore } from '../../state/office-store';
import { usePartError } from '../../state/use-part-error';
import { CardIdentity } from './CardIdentity';
import { checkTypedFingerprint } from './fingerprint-check';
import { FingerprintEntry } from './FingerprintEntry';
import { MAX_CARD_CHARS, nextFreeId, roleFromCard, splitList } from './panel-rules';
import { panelMessages } from './panel-messages';

interface Draft {
  readonly text: string;
  /** What main read from the card once its self-signature held. */
  readonly card: CardPreviewView;
  /** The fingerprint as the clerk typed it from the expert's own reading. */
  readonly typed: string;
  readonly id: string;
  readonly role: ExpertRole;
  readonly region: string;
  readonly fields: string;
  readonly industries: string;
}

/** The expert's two lists, each typed with 、 between its items. */
const expertiseLists = ['fields', 'industries'] as const;

/**
 * 登记专家: an identity card file, verified by main; the fingerprint the expert reads out, typed
 * and compared live; then the office's own entry (id, panel role, region, expertise).
 */
export function ExpertRegistration() {
  const t = useMessages(panelMessages);
  const label = useBilingualLabel();
  const overview = useOfficeStore(selectOverview);
  const busy = useOfficeStore(selectIsBusy);
  const problem = usePartError('card');
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const experts = overview?.record.experts ?? [];

  const load = async (file: File | undefined) => {
    if (!file) return;
    setDone(null);
    setDraft(null);
    clearOfficeError('card');
    const text = await file.text();
    if (text.length > MAX_CARD_CHARS) {
      showProblem('card', errorFromRenderer(t('reg.tooLarge')));
      return;
    }
    // A refusal (not a card, a broken self-signature) is kept for the notice below.
    const card = await previewCard(text);
    if (!card) return;
    // The same card again updates that expert rather than registering a second one.
    const known = experts.find((e) => e.keyFingerprint === card.fingerprint);
    setDraft({
      text,
      card,
      typed: '',
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
    });
  };

  const check = draft ? checkTypedFingerprint(draft.typed, draft.card.fingerprint) : null;
  const known = draft ? experts.find((e) => e.keyFingerprint === draft.card.fingerprint) : null;
  const update = (patch: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const regionMissing = draft !== null && draft.region.trim() === '' && !draft.card.region;
  const ready =
    draft !== null && check?.state === 'match' && draft.id.trim() !== '' && !regionMissing;

  const submit = async () => {
    if (!draft || !ready) return;
    const region = draft.region.trim();
    const ok = await changeOffice('registerExpert', {
      card: draft.text,
      id: draft.id.trim(),
      role: draft.role,
      // Main compares what was typed with the card again; the renderer's check only guides.
      fingerprint: draft.typed,
      ...(region === '' ? {} : { region }),
      fields: splitList(draft.fields),
      industries: splitList(draft.industries),
    });
    if (ok) {
      setDone(t('reg.done', { name: draft.card.name, id: draft.id.trim() }));
      setDraft(null);
    }
  };

  return (
    <section className="panel-card" aria-labelledby="reg-title">
      <div className="panel-card-head">
        <h3 id="reg-title">{t('reg.title')}</h3>
        <button type="button" onClick={() => input.current?.click()} disabled={busy}>
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
      {problem && <ErrorNotice error={problem} testId="card-problem" />}
      {done && !draft && <p className="badge badge-ok panel-done">{done}</p>}
      {draft && check && (
        <form
          className="panel-reg"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <div className={`panel-card-id panel-card-id-${check.state}`} data-testid="card-preview">
            <CardIdentity card={draft.card} />
            <div className="panel-card-check">
              <p className="small muted panel-signed-note">{t('reg.signedNote')}</p>
              <FingerprintEntry
                typed={draft.typed}
                check={check}
                cardFingerprint={draft.card.fingerprint}
                onTyped={(typed) => update({ typed })}
              />
            </div>
          </div>
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
              <OptionSelect
                value={draft.role}
                options={ExpertRoleSchema.options.map((role) => ({
                  value: role,
                  label: label(expertRoleLabels[role]),
                }))}
                onChange={(role) => update({ role: ExpertRoleSchema.parse(role) })}
              />
            </label>
            <label>
              {t('reg.region')}
              <input
                className="panel-region-input"
                value={draft.region}
                placeholder={draft.card.region ?? ''}
                title={draft.card.region ? t('reg.regionFromCard') : t('reg.regionRequired')}
                aria-invalid={regionMissing}
                onChange={(event) => update({ region: event.target.value })}
              />
            </label>
            {expertiseLists.map((list) => (
              <label key={list} className="panel-grow">
                {t(`reg.${list}`)}
                <input
                  value={draft[list]}
                  placeholder={t('reg.listHint')}
                  onChange={(event) => update({ [list]: event.target.value })}
                />
              </label>
            ))}
          </div>
          {regionMissing && <p className="panel-invalid small">{t('reg.regionRequired')}</p>}
          <div className="toolbar">
            <span className="spacer" />
            <button type="button" onClick={() => setDraft(null)}>
              {t('reg.cancel')}
            </button>
            <button type="submit" className="primary" disabled={!ready || busy}>
              {known ? t('reg.update') : t('reg.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
