import { useCallback, useEffect } from 'react';
import type {
  AvailableDeliberation,
  DeliberationState,
  GroupBundleExport,
  ImportedBundle,
} from '../../../shared/deliberation/deliberation-views';
import type { DeskPackageView } from '../../../shared/desk/desk-views';
import type { Rubric } from '../../../shared/domain/rubric';
import type { ShownError } from '../../ipc/shown-error';
import { roundKindLabels } from '../../../shared/domain/round-kind';
import { useBilingualLabel } from '../../app/i18n/use-bilingual-label';
import { useMessages } from '../../app/i18n/use-messages';
import { OpenPackageScreen } from '../../components/OpenPackageScreen';
import { Screen } from '../../components/Screen';
import { loadDesk } from '../../state/desk-actions';
import { selectDeskStatus, selectOpenedPackage, useDeskStore } from '../../state/desk-store';
import {
  appendDeliberationRecord,
  appendDeliberationRecords,
  clearDeliberationError,
  exportGroupBundle,
  exportGroupReports,
  importMemberBundles,
  loadDeliberation,
  openDeliberationApplication,
} from '../../state/deliberation-actions';
import type { DeliberationTask } from '../../state/deliberation-store';
import {
  selectDeliberationApplication,
  selectDeliberationBusy,
  selectDeliberationError,
  selectDeliberationPackageId,
  selectDeliberationRubric,
  selectDeliberationState,
  selectExported,
  selectImported,
  useDeliberationStore,
} from '../../state/deliberation-store';
import { ApplicationDeliberationView } from './ApplicationDeliberationView';
import { ApplicationsTable } from './ApplicationsTable';
import { deliberationMessages } from './deliberation-messages';
import { ExportPanel } from './ExportPanel';
import { MembersPanel } from './MembersPanel';
import './deliberation.css';

const selectLoadError = selectDeliberationError('load');
const selectImportError = selectDeliberationError('import');
const selectAppendError = selectDeliberationError('append');
const selectExportError = selectDeliberationError('export');

/**
 * 组内合议 (Articles 19 and 20; issue 11, point 1): with the round's package open under the
 * leader's (or a stand-in's) own identity, the members' review bundles imported and who is
 * missing, the applications this person chairs, and for each the matrix, the records, the votes
 * and the decision; then the signed group bundle exported. Everything is main's: the merge is
 * computed there from verified bundles, and each record is checked there before it is kept.
 */
export function DeliberationScreen(props: {
  /** Goes to 解锁案卷 (the app knows the screens). */
  readonly onUnlock: () => void;
}) {
  const deskStatus = useDeskStore(selectDeskStatus);
  const opened = useDeskStore(selectOpenedPackage);
  const state = useDeliberationStore(selectDeliberationState);
  const stateOf = useDeliberationStore(selectDeliberationPackageId);
  const rubric = useDeliberationStore(selectDeliberationRubric);
  const applicationId = useDeliberationStore(selectDeliberationApplication);
  const busy = useDeliberationStore(selectDeliberationBusy);
  const imported = useDeliberationStore(selectImported);
  const exported = useDeliberationStore(selectExported);
  const loadError = useDeliberationStore(selectLoadError);
  const importError = useDeliberationStore(selectImportError);
  const appendError = useDeliberationStore(selectAppendError);
  const exportError = useDeliberationStore(selectExportError);
  const packageId = opened?.packageId ?? null;

  useEffect(() => {
    if (deskStatus === null) void loadDesk();
  }, [deskStatus]);
  // Asked afresh on every visit and for every package: the identity unlocked may have changed.
  const deskLoaded = deskStatus !== null;
  useEffect(() => {
    if (deskLoaded) void loadDeliberation();
  }, [deskLoaded, packageId]);

  return (
    <DeliberationView
      onUnlock={props.onUnlock}
      opened={opened}
      state={stateOf === packageId ? state : null}
      rubric={rubric}
      applicationId={applicationId}
      busy={busy}
      imported={imported}
      exported={exported}
      errors={{ load: loadError, import: importError, append: appendError, export: exportError }}
    />
  );
}

/** What DeliberationView shows: the stores' state, handed down (a test renders it as it is). */
export interface DeliberationViewProps {
  readonly onUnlock: () => void;
  readonly opened: DeskPackageView | null;
  /** The deliberation of the package open now; null while it is asked for. */
  readonly state: DeliberationState | null;
  readonly rubric: Rubric | null;
  readonly applicationId: string | null;
  readonly busy: DeliberationTask | null;
  readonly imported: readonly ImportedBundle[] | null;
  readonly exported: GroupBundleExport | null;
  readonly errors: Readonly<Record<'load' | 'import' | 'append' | 'export', ShownError | null>>;
}

/** What the overview works on: the state, and when it is available the rubric its matrix needs. */
type Loaded =
  | { readonly state: Exclude<DeliberationState, AvailableDeliberation> }
  | { readonly state: AvailableDeliberation; readonly rubric: Rubric };

/**
 * Main sends the rubric with the available state: until both are in the stores the load is
 * still under way, and OpenPackageScreen says so in its words.
 */
function loadedOf(state: DeliberationState | null, rubric: Rubric | null): Loaded | null {
  if (state === null) return null;
  if (!state.available) return { state };
  return rubric === null ? null : { state, rubric };
}

/** The screen itself: what is missing before anything can be chaired, the overview, or one application. */
export function DeliberationView(props: DeliberationViewProps) {
  const t = useMessages(deliberationMessages);
  const label = useBilingualLabel();
  const { applicationId, busy, imported, exported } = props;
  const importError = props.errors.import;
  const appendError = props.errors.append;
  const exportError = props.errors.export;
  const available = props.state?.available === true ? props.state : null;
  const nameOf = useCallback(
    (expertId: string) => {
      const name = available?.members.find((m) => m.expertId === expertId)?.name ?? '';
      return name === '' ? expertId : name;
    },
    [available],
  );

  const title = t('screen.title');
  return (
    <OpenPackageScreen
      title={title}
      opened={props.opened}
      loaded={loadedOf(props.state, props.rubric)}
      loadError={props.errors.load}
      words={{
        noPackage: t('noPackage.body'),
        unlock: t('noPackage.unlock'),
        loading: t('loading'),
      }}
      noPackage={{ testId: 'deliberation-no-package', className: 'dl-no-package' }}
      onUnlock={props.onUnlock}
      onRetry={() => void loadDeliberation()}
    >
      {(loaded, opened) => {
        if (!('rubric' in loaded)) {
          const { state } = loaded;
          const words =
            state.reason === 'no-package'
              ? t('noPackage.body')
              : state.reason === 'not-chairing'
                ? t('notChairing')
                : t(`signer.${state.reason}`);
          return (
            <Screen title={title}>
              <p className="notice notice-warning dl-stop" data-testid="deliberation-unavailable">
                {words}
              </p>
            </Screen>
          );
        }
        const { state, rubric } = loaded;
        const header = (
          <span className="badge dl-round" data-testid="deliberation-round">
            {t('round', {
              // The kind only where the round's own name does not say it already.
              round: state.round.name.includes(label(roundKindLabels[state.round.kind]))
                ? state.round.name
                : `${state.round.name} · ${label(roundKindLabels[state.round.kind])}`,
              group: state.group.name,
            })}
          </span>
        );
        const application =
          applicationId === null
            ? null
            : (state.applications.find((a) => a.applicationId === applicationId) ?? null);

        return (
          <div className="dl-screen">
            <Screen title={title} header={header}>
              {application !== null ? (
                <ApplicationDeliberationView
                  key={application.applicationId}
                  state={state}
                  rubric={rubric}
                  application={application}
                  nameOf={nameOf}
                  busy={busy !== null}
                  error={appendError}
                  onSave={appendDeliberationRecord}
                  onDismissError={() => clearDeliberationError('append')}
                  onBack={() => openDeliberationApplication(null)}
                />
              ) : (
                <div className="dl-overview" data-testid="deliberation-overview">
                  <MembersPanel
                    state={state}
                    nameOf={nameOf}
                    busy={busy}
                    imported={imported}
                    importError={importError}
                    appendError={appendError}
                    onImport={() => void importMemberBundles()}
                    onGoOn={appendDeliberationRecords}
                  />
                  <ApplicationsTable state={state} onOpen={openDeliberationApplication} />
                  <ExportPanel
                    state={state}
                    signerName={opened.recipient.name}
                    busy={busy !== null}
                    exported={exported}
                    error={exportError}
                    onExport={exportGroupBundle}
                    onExportReports={exportGroupReports}
                  />
                </div>
              )}
            </Screen>
          </div>
        );
      }}
    </OpenPackageScreen>
  );
}
