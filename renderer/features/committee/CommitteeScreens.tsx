/**
 * The chair's three screens (issue 11, point 2): 汇总, 入围答辩名单/初评名单 and 异议复核, each in
 * the shared frame, their state from the committee store and their acts through
 * committee-actions.ts.
 */
import {
  exportCommitteeReports,
  exportResultBundle,
  importGroupBundles,
  saveCommitteeSettings,
  signReReview,
} from '../../state/committee-actions';
import { useCommitteeStore } from '../../state/committee-store';
import { CommitteeFrame } from './CommitteeFrame';
import { ListsView } from './ListsView';
import { ObjectionReviewView } from './ObjectionReviewView';
import { SummaryView } from './SummaryView';

export function SummaryScreen(props: { readonly onUnlock: () => void }) {
  const busy = useCommitteeStore((s) => s.busy);
  const imported = useCommitteeStore((s) => s.imported);
  const error = useCommitteeStore((s) => s.errors.import ?? null);
  return (
    <CommitteeFrame title="summary.title" onUnlock={props.onUnlock}>
      {(state) => (
        <SummaryView
          state={state}
          busy={busy === 'import'}
          imported={imported}
          error={error}
          onImport={() => void importGroupBundles()}
        />
      )}
    </CommitteeFrame>
  );
}

export function ListsScreen(props: { readonly onUnlock: () => void }) {
  const busy = useCommitteeStore((s) => s.busy);
  const errors = useCommitteeStore((s) => s.errors);
  const exported = useCommitteeStore((s) => s.exported);
  const reports = useCommitteeStore((s) => s.reports);
  return (
    <CommitteeFrame title="lists.title" onUnlock={props.onUnlock}>
      {(state) => (
        <ListsView
          state={state}
          busy={busy}
          errors={errors}
          exported={exported}
          reports={reports}
          onSave={saveCommitteeSettings}
          onExportResult={() => void exportResultBundle()}
          onExportReports={() => void exportCommitteeReports()}
        />
      )}
    </CommitteeFrame>
  );
}

export function ObjectionReviewScreen(props: { readonly onUnlock: () => void }) {
  const busy = useCommitteeStore((s) => s.busy);
  const error = useCommitteeStore((s) => s.errors.reReview ?? null);
  const signed = useCommitteeStore((s) => s.signed);
  return (
    <CommitteeFrame title="objection.title" onUnlock={props.onUnlock}>
      {(state) => (
        <ObjectionReviewView
          state={state}
          busy={busy === 'reReview'}
          error={error}
          signed={signed}
          onSign={signReReview}
        />
      )}
    </CommitteeFrame>
  );
}
