/**
 * The committee's figures in words: a cut's reason with its figures, a tie's rule, a
 * normalisation refusal, a criterion's name; points rounded as every display rounds them.
 */
import type { CutReason } from '../../../shared/committee/committee-list';
import type { AvailableCommitteeDesk } from '../../../shared/committee-desk/committee-desk-views';
import { groupDecisionLabels } from '../../../shared/merge/deliberation-records';
import { formatForDisplay } from '../../../shared/scoring/rounding';
import type { FeatureTranslate } from '../../app/i18n/use-messages';
import type { committeeMessages } from './committee-messages';

type T = FeatureTranslate<keyof (typeof committeeMessages)['zh-CN']>;
type Label = (label: { zh: string; en: string }) => string;

export const points = (value: number): string => formatForDisplay(value);

/** 申报编号 of an application id. */
export function numberOf(state: AvailableCommitteeDesk, applicationId: string): string {
  return (
    state.applications.find((a) => a.applicationId === applicationId)?.applicationNo ??
    applicationId
  );
}

/** A tie-break criterion by its name in the rubric: （三）title. */
export function criterionName(state: AvailableCommitteeDesk, criterionId: string): string {
  return state.criteria.find((c) => c.id === criterionId)?.name ?? criterionId;
}

export function cutWords(
  t: T,
  label: Label,
  state: AvailableCommitteeDesk,
  cut: CutReason,
): string {
  switch (cut.reason) {
    case 'not-scored':
    case 'group-undecided':
      return t(`cut.${cut.reason}`);
    case 'group-decision':
      return t('cut.group-decision', { decision: label(groupDecisionLabels[cut.decision]) });
    case 'committee-exclusion':
      return t('cut.committee-exclusion', { text: cut.text });
    case 'below-score-line':
      return t('cut.below-score-line', { score: points(cut.score), line: points(cut.line) });
    case 'quota': {
      const base = t('cut.quota', { position: cut.position, quota: cut.quota });
      if (cut.tie === null) return base;
      return cut.tie.kind === 'criterion'
        ? base +
            t('cut.quotaTieCriterion', { criterion: criterionName(state, cut.tie.criterionId) })
        : base + t('cut.quotaTieNo');
    }
  }
}
