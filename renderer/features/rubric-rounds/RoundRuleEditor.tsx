import { useState } from 'react';
import type { DeliberationRule, Fraction } from '../../../shared/domain/deliberation';
import { defaultDeliberationRule } from '../../../shared/domain/deliberation';
import type { OfficeRound } from '../../../shared/office/office-round';
import {
  formatRuleShare,
  isRuleShare,
  parseRuleShare,
  roundRuleOf,
} from '../../../shared/office/round-rule';
import { useMessages } from '../../app/i18n/use-messages';
import { changeOffice } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { rrMessages } from './rr-messages';

type Part = 'quorum' | 'pass';
type Problem = 'not-a-fraction' | 'out-of-range' | null;

/** What is wrong with a typed share, if anything (full-width digits and ／ are accepted). */
function problemOf(text: string): Problem {
  const share = parseRuleShare(text);
  if (share === null) return 'not-a-fraction';
  return isRuleShare(share) ? null : 'out-of-range';
}

const same = (a: Fraction, b: Fraction) =>
  a.numerator === b.numerator && a.denominator === b.denominator;

/**
 * 表决规则 of the round (issue 11, point 1): the quorum and the pass share its groups' ballots are
 * counted with. The default is two thirds each; the office may set its own until the round is
 * sealed, and every package of the round carries it. Keyed by the saved rule by its caller, so a
 * save starts a fresh draft.
 */
export function RoundRuleEditor(props: { readonly round: OfficeRound }) {
  const t = useMessages(rrMessages);
  const busy = useOfficeStore(selectIsBusy);
  const saved = roundRuleOf(props.round);
  const [text, setText] = useState<Record<Part, string>>({
    quorum: formatRuleShare(saved.quorum),
    pass: formatRuleShare(saved.pass),
  });
  const sealed = props.round.round.status !== 'draft';
  const isDefault = props.round.deliberationRule === undefined;
  const roundId = props.round.round.id;
  const problems: Record<Part, Problem> = {
    quorum: problemOf(text.quorum),
    pass: problemOf(text.pass),
  };
  const valid = problems.quorum === null && problems.pass === null;
  const draft: DeliberationRule | null = valid
    ? { quorum: parseRuleShare(text.quorum)!, pass: parseRuleShare(text.pass)! }
    : null;
  const dirty =
    draft === null || !same(draft.quorum, saved.quorum) || !same(draft.pass, saved.pass);
  const discard = () =>
    setText({ quorum: formatRuleShare(saved.quorum), pass: formatRuleShare(saved.pass) });

  const field = (part: Part) => {
    const id = `round-rule-${part}`;
    const problem = problems[part];
    return (
      <div className="rr-rule-field">
        <label htmlFor={id}>{t(`rule.${part}`)}</label>
        <input
          id={id}
          className="rr-rule-input"
          data-testid={id}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={12}
          value={text[part]}
          readOnly={sealed}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? `${id}-hint` : `${id}-error`}
          onChange={(event) => setText({ ...text, [part]: event.target.value })}
        />
        {problem === null ? (
          <span id={`${id}-hint`} className="muted small">
            {t(`rule.${part}Hint`, { share: formatRuleShare(defaultDeliberationRule[part]) })}
          </span>
        ) : (
          <span id={`${id}-error`} className="panel-invalid small" role="alert">
            {t(problem === 'not-a-fraction' ? 'rule.notAFraction' : 'rule.outOfRange')}
          </span>
        )}
      </div>
    );
  };

  return (
    <section className="rr-rule" aria-labelledby="round-rule-title">
      <div className="toolbar">
        <h3 id="round-rule-title">{t('rule.title')}</h3>
        <span className={isDefault ? 'badge' : 'badge badge-ok'} data-testid="round-rule-source">
          {isDefault ? t('rule.default') : t('rule.officeSet')}
        </span>
        <span className="spacer" />
        {dirty && <span className="muted small">{t('rubric.unsaved')}</span>}
      </div>
      <p className="muted small">{t('rule.hint')}</p>
      <div className="rr-rule-fields">
        {field('quorum')}
        {field('pass')}
      </div>
      {!sealed && (
        <div className="toolbar">
          <span className="spacer" />
          <button
            type="button"
            disabled={busy || isDefault}
            onClick={() => void changeOffice('setRoundRule', { roundId, rule: null })}
          >
            {t('rule.reset')}
          </button>
          <button type="button" disabled={busy || !dirty} onClick={discard}>
            {t('rubric.discard')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy || !dirty || draft === null}
            onClick={() => void changeOffice('setRoundRule', { roundId, rule: draft })}
          >
            {t('rule.save')}
          </button>
        </div>
      )}
    </section>
  );
}
