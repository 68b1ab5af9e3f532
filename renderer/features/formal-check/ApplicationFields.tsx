import {
  ApplicationSchema,
  focusAreaLabels,
  FocusAreaSchema,
  scopeCategories,
} from '../../../shared/domain/application';
import type { Application, FocusArea } from '../../../shared/domain/application';
import { ownWordsOnly, validationIssuesOf } from '../../../shared/errors/validation-issue';
import type { OfficeOverview } from '../../../shared/ipc/office-views';
import { issuesText } from '../../app/i18n/error-text';
import { useLocale } from '../../app/i18n/locale-context';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { Checkbox } from '../../components/Checkbox';
import { DraftInput } from '../../components/DraftInput';
import { OptionSelect } from '../../components/OptionSelect';
import type { SelectOption } from '../../components/OptionSelect';
import { errorFromRenderer } from '../../ipc/shown-error';
import { changeOffice, showProblem } from '../../state/office-actions';
import { selectIsBusy, useOfficeStore } from '../../state/office-store';
import { formalCheckMessages } from './formal-check-messages';
import { UNREGISTERED_TITLE, UNREGISTERED_UNIT_ID } from './formal-check-view';

/** 经验名称, saved when the field loses focus; intake's placeholder title shows as empty. */
function TitleInput(props: { readonly saved: string; readonly save: (title: string) => void }) {
  const t = useMessages(formalCheckMessages);
  return (
    <DraftInput
      id="fc-title"
      maxLength={200}
      saved={props.saved === UNREGISTERED_TITLE ? '' : props.saved}
      placeholder={t('fields.titlePlaceholder')}
      onCommit={(draft) => {
        const title = draft.trim();
        if (title !== '' && title !== props.saved) props.save(title);
      }}
    />
  );
}

/** What the register says of the application, for the office to correct. */
export function ApplicationFields(props: {
  readonly overview: OfficeOverview;
  readonly application: Application;
}) {
  const t = useMessages(formalCheckMessages);
  const localized = useBilingualLabel();
  const locale = useLocale();
  const disabled = useOfficeStore(selectIsBusy);
  const { overview, application } = props;
  // Checked here first: main would refuse it too, but only with a generic "invalid input".
  const save = (patch: Partial<Application>) => {
    const next = { ...application, ...patch };
    if (!next.isSme && (next.scope === 4 || next.focusArea === 'specialized-sme')) {
      showProblem('screen', errorFromRenderer(t('fields.smeRequired')));
      return;
    }
    // The schema's own rules in the reader's language; the library's sentences never show.
    const parsed = ApplicationSchema.safeParse(next, ownWordsOnly);
    if (!parsed.success) {
      const text = issuesText(validationIssuesOf(parsed.error), locale);
      showProblem('screen', errorFromRenderer(text));
      return;
    }
    void changeOffice('updateApplication', { application: parsed.data });
  };
  const knownUnit = overview.units.some((u) => u.id === application.recommendingUnitId);
  const unitOptions: SelectOption[] = overview.units.map((u) => ({ value: u.id, label: u.name }));
  // A unit the list does not know stays shown, first, but cannot be chosen again.
  if (!knownUnit) {
    unitOptions.unshift({
      value: application.recommendingUnitId,
      label:
        application.recommendingUnitId === UNREGISTERED_UNIT_ID
          ? t('fields.unitPick')
          : t('unknownUnit', { unit: application.recommendingUnitId }),
      disabled: true,
    });
  }

  return (
    <section className="fc-panel" aria-labelledby="fc-fields-title">
      <div className="fc-panel-head">
        <h4 id="fc-fields-title">{t('fields.title')}</h4>
      </div>
      <div className="fc-fields">
        <label htmlFor="fc-unit">{t('fields.unit')}</label>
        <OptionSelect
          id="fc-unit"
          className={knownUnit ? undefined : 'fc-attention'}
          value={application.recommendingUnitId}
          disabled={disabled}
          options={unitOptions}
          onChange={(recommendingUnitId) => save({ recommendingUnitId })}
        />

        <label htmlFor="fc-scope">{t('fields.scope')}</label>
        <OptionSelect
          id="fc-scope"
          value={String(application.scope)}
          disabled={disabled}
          options={scopeCategories.map((scope) => ({
            value: String(scope.id),
            label: `（${scope.numeral}）${localized(scope)}`,
          }))}
          onChange={(scope) => save({ scope: Number(scope) })}
        />

        <label htmlFor="fc-focus">{t('fields.focusArea')}</label>
        <OptionSelect
          id="fc-focus"
          value={application.focusArea}
          disabled={disabled}
          options={FocusAreaSchema.options.map((area) => ({
            value: area,
            label: localized(focusAreaLabels[area]),
          }))}
          onChange={(focusArea) => save({ focusArea: focusArea as FocusArea })}
        />

        <label htmlFor="fc-sme">{t('fields.sme')}</label>
        <span>
          <Checkbox
            id="fc-sme"
            checked={application.isSme}
            disabled={disabled}
            onChange={(isSme) => save({ isSme })}
          />
        </span>

        <label htmlFor="fc-title">{t('fields.experienceTitle')}</label>
        <TitleInput
          key={`${application.id}:${application.experienceTitle}`}
          saved={application.experienceTitle}
          save={(experienceTitle) => save({ experienceTitle })}
        />
      </div>
    </section>
  );
}
