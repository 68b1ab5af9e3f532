import type { SealingPlan, SealingProblem } from '../../../shared/office/visibility';
import { useLocale } from '../../app/i18n/locale-context';
import { useMessages } from '../../app/i18n/use-messages';
import { sealMessages } from './seal-messages';
import { blockingText } from './sealing-blocking';
import { reminderText } from './sealing-reminders';
import {
  blockingSealingProblems,
  committeeSignersProblemCodes,
  committeeSignersText,
  readerSealingProblems,
} from '../../../shared/office/sealing-blockers';
import type {
  CommitteeSignersBlock,
  CommitteeSignersRefusal,
} from '../../../shared/office/sealing-blockers';

/**
 * The plan's problems: what stops sealing in red first, then what only needs a look. The
 * committee's signers in conflict are said in the UI's language from their coded words (the
 * plan's own messages are Chinese), with where to change the vice-chair or the conflicts; so is
 * a chair in conflict with no vice-chair appointed (`chairAlone`, or any `refusal` of the two),
 * the other blocking problems and the reminders it has words for (sealing-blocking.ts,
 * sealing-reminders.ts, worded from the `plan`).
 */
export function SealingChecks(props: {
  readonly problems: readonly SealingProblem[];
  /** The round's plan, naming what the problems are about in the UI's language. */
  readonly plan?: SealingPlan;
  readonly committeeSigners?: CommitteeSignersBlock | null;
  readonly signersRefusal?: CommitteeSignersRefusal | null;
}) {
  const t = useMessages(sealMessages);
  const locale = useLocale();
  const refusal: CommitteeSignersRefusal | null =
    props.signersRefusal ??
    (props.committeeSigners
      ? { code: 'committee-signers-conflicted', params: props.committeeSigners }
      : null);
  const messageOf = (p: SealingProblem) =>
    refusal !== null && p.code === refusal.code
      ? committeeSignersText(refusal, locale)
      : (blockingText(p, props.plan, t, locale) ?? p.message);
  // A reminder the screen has words for is said in the UI's language; the rest as the plan says it.
  const noteOf = (p: SealingProblem) => reminderText(p, props.plan, t) ?? p.message;
  const blocking = props.problems.filter((p) => blockingSealingProblems.has(p.code));
  const notes = props.problems.filter((p) => !blockingSealingProblems.has(p.code));
  return (
    <section aria-labelledby="checks-title">
      <h3 id="checks-title">{t('problems.title')}</h3>
      {props.problems.length === 0 ? (
        <p className="badge badge-ok seal-ready">{t('problems.none')}</p>
      ) : (
        <ul className="seal-problems" data-testid="sealing-problems">
          {blocking.map((p, i) => (
            <li key={`b${i}`} className="seal-blocking">
              <span className="badge badge-error">{t('problems.blocking')}</span> {messageOf(p)}
            </li>
          ))}
          {notes.map((p, i) => (
            <li key={`w${i}`} className="seal-note">
              <span className="badge badge-warning">{t('problems.warning')}</span> {noteOf(p)}
            </li>
          ))}
        </ul>
      )}
      {blocking.some((p) => readerSealingProblems.has(p.code)) && (
        <p className="muted small" data-testid="stand-in-hint">
          {t('problems.standInHint')}
        </p>
      )}
      {blocking.some((p) => committeeSignersProblemCodes.has(p.code)) && (
        <p className="muted small" data-testid="signers-hint">
          {t('problems.signersHint')}
        </p>
      )}
    </section>
  );
}
