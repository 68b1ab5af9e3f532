import type { FormalCheckResult } from '../../../shared/office/formal-check';
import { useMessages } from '../../app/i18n/use-messages';
import { ChecklistItem } from './ChecklistItem';
import { FormalCheckStateBadge } from './FormalCheckStateBadge';
import { formalCheckMessages } from './formal-check-messages';

/** 审查清单: Article 9's conditions, then the materials and the deadline of notice 一.(二). */
export function FormalChecklist(props: { readonly result: FormalCheckResult }) {
  const t = useMessages(formalCheckMessages);
  const { result } = props;
  return (
    <section className="fc-panel" aria-labelledby="fc-checklist-title">
      <div className="fc-panel-head">
        <h4 id="fc-checklist-title">{t('checklist.title')}</h4>
        <FormalCheckStateBadge state={result.overall} />
      </div>
      <ol className="fc-checklist">
        {result.items.map((item) => (
          <ChecklistItem key={item.item.id} applicationId={result.applicationId} result={item} />
        ))}
      </ol>
    </section>
  );
}
