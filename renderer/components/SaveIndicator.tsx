import { useErrorText } from '../app/i18n/error-text';
import { useLocale } from '../app/i18n/locale-context';
import { useBilingualLabel } from '../app/i18n/use-bilingual-label';
import type { ShownError } from '../ipc/shown-error';
import { selectJournalSaves, useJournalStore } from '../state/journal-store';
import { SAVE_INDICATION_WORDS, indicationOfSaves } from './save-indicator-state';
import type { SaveIndication } from './save-indicator-state';

/**
 * Whether the expert's edits are kept: 正在保存… while an edit waits or is being written, 已保存
 * only once main answered that its append resolved (on disk), 未保存 with the reason when a write
 * failed. Placed by the desk and the reader beside what is edited; `subjects` narrows it to some
 * edits (`annotation:<id>`, `reading-position:<material id>`), every edit when left out.
 */
export function SaveIndicator(props: { readonly subjects?: readonly string[] }) {
  const saves = useJournalStore(selectJournalSaves);
  const { indication, error } = indicationOfSaves(saves, props.subjects);
  return <SaveIndicatorView indication={indication} error={error} />;
}

/** The indicator's words, for an indication worked out elsewhere. */
export function SaveIndicatorView(props: {
  readonly indication: SaveIndication;
  readonly error: ShownError | null;
}) {
  const label = useBilingualLabel();
  const errorText = useErrorText();
  const locale = useLocale();
  const { indication, error } = props;
  if (indication === 'none') return null;
  return (
    <span
      className={`save-indicator save-indicator-${indication}`}
      role="status"
      aria-live="polite"
      data-testid="save-indicator"
    >
      {label(SAVE_INDICATION_WORDS[indication])}
      {error ? `${locale === 'en' ? ': ' : '：'}${errorText(error)}` : null}
    </span>
  );
}
