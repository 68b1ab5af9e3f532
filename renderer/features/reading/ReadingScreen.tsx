import { useEffect, useMemo, useState } from 'react';
import type { ComponentType } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { ShownError } from '../../ipc/shown-error';
import { Screen } from '../../components/Screen';
import { loadDesk, readMaterial } from '../../state/desk-actions';
import {
  selectDeskError,
  selectDeskStatus,
  selectOpenedPackage,
  selectReading,
  useDeskStore,
} from '../../state/desk-store';
import type { DeskPackageView } from '../../../shared/desk/desk-views';
import { MaterialNav } from './MaterialNav';
import { readingMessages } from './reading-messages';
import './reading.css';

/** What shows a material's bytes and its annotations: the app composes the readers in (app/). */
export type ReadingMaterialView = ComponentType<{
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly materialId: string;
  readonly applicationId: string;
  /** Whose name the watermark carries: the package's recipient. */
  readonly readerName: string;
  /** The names of the application's materials, by id (the annotations of all of them). */
  readonly materialNames: Readonly<Record<string, string>>;
  /** The side column the annotations go into; null while it is hidden. */
  readonly side: HTMLElement | null;
  /** Whose annotations the column lists: kept as the expert moves from material to material. */
  readonly scope: AnnotationScope;
  readonly onScope: (scope: AnnotationScope) => void;
}>;

/** The annotations of the material read, or of every material of its application. */
export type AnnotationScope = 'material' | 'application';

const selectMaterialError = selectDeskError('material');

/** A laptop at 125 % scaling (1093 px) or narrower: the list starts folded, for the text. */
const NARROW = '(max-width: 1200px)';

function startsNarrow(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;
}

/** Main refused the material until the round's undertaking is signed. */
function waitsForUndertaking(error: ShownError | null): boolean {
  return error?.from === 'main' && error.error.reason.code === 'review-undertaking-before-reading';
}

/** The material being read, and its application, in the open package. */
function chosenIn(opened: DeskPackageView, materialId: string | undefined) {
  for (const application of opened.applications) {
    const material = application.materials.find((m) => m.id === materialId);
    if (material) return { application, material };
  }
  return null;
}

/**
 * 阅读材料: the screen an expert reads on for hours. The package's applications and materials in
 * a compact list on the left (it folds away, and starts folded on a narrow window), the material wide and tall in the middle (it
 * scrolls inside its reader; the screen stays put), its annotations in a column on the right
 * that can be hidden. With no package open it says so and offers the way to open one.
 */
export function ReadingScreen(props: {
  readonly reader: ReadingMaterialView;
  /** Goes to 解锁案卷 (the app knows the screens). */
  readonly onUnlock: () => void;
  /**
   * The round's undertaking, shown where main refused a material because it is not signed yet
   * (the review's folder has it; the app composes it in); `onSigned` reads the material again.
   */
  readonly undertaking?: ComponentType<{ readonly onSigned: () => void }>;
}) {
  const t = useMessages(readingMessages);
  const status = useDeskStore(selectDeskStatus);
  const opened = useDeskStore(selectOpenedPackage);
  const reading = useDeskStore(selectReading);
  const error = useDeskStore(selectMaterialError);
  const [navShown, setNavShown] = useState(() => !startsNarrow());
  const [sideShown, setSideShown] = useState(true);
  const [side, setSide] = useState<HTMLElement | null>(null);
  const [scope, setScope] = useState<AnnotationScope>('material');
  useEffect(() => {
    if (status === null) void loadDesk();
  }, [status]);

  const chosen = opened ? chosenIn(opened, reading?.materialId) : null;
  const materialNames = useMemo(
    () => Object.fromEntries((chosen?.application.materials ?? []).map((m) => [m.id, m.name])),
    [chosen?.application],
  );

  if (opened === null) {
    return (
      <div className="reading-screen">
        <Screen title={t('screen.title')}>
          <div className="notice reading-no-package" data-testid="reading-no-package">
            <p>{t('noPackage.body')}</p>
            <button type="button" className="primary" onClick={props.onUnlock}>
              {t('noPackage.unlock')}
            </button>
          </div>
        </Screen>
      </div>
    );
  }

  const Reader = props.reader;
  const Undertaking = props.undertaking;
  return (
    <div className="reading-screen">
      <Screen
        title={t('screen.title')}
        header={
          <div className="reading-header">
            {chosen ? (
              <span className="reading-current" title={chosen.material.name}>
                <span className="reading-current-no">{chosen.application.applicationNo}</span>
                <strong>{chosen.material.name}</strong>
                {reading?.state === 'ready' ? (
                  <span className="reading-verified">{t('material.verified')}</span>
                ) : null}
              </span>
            ) : null}
            <span className="spacer" />
            <button type="button" aria-pressed={navShown} onClick={() => setNavShown(!navShown)}>
              {navShown ? t('nav.hide') : t('nav.show')}
            </button>
            <button type="button" aria-pressed={sideShown} onClick={() => setSideShown(!sideShown)}>
              {sideShown ? t('side.hide') : t('side.show')}
            </button>
          </div>
        }
      >
        <div className="reading-layout">
          {navShown ? (
            <MaterialNav
              applications={opened.applications}
              currentMaterialId={reading?.materialId ?? null}
              onRead={(materialId) => void readMaterial(materialId)}
            />
          ) : (
            <button
              type="button"
              className="reading-nav-rail"
              onClick={() => setNavShown(true)}
              title={t('nav.show')}
            >
              {t('nav.title')} ›
            </button>
          )}
          <section
            className="reading-main"
            aria-label={chosen?.material.name ?? t('screen.title')}
            data-testid="reading-material"
          >
            {reading === null || chosen === null ? (
              <p className="notice reading-choose">{t('material.choose')}</p>
            ) : reading.state === 'loading' ? (
              <p className="muted reading-choose">{t('material.loading')}</p>
            ) : reading.state === 'failed' ? (
              Undertaking && waitsForUndertaking(error) ? (
                <Undertaking onSigned={() => void readMaterial(reading.materialId)} />
              ) : (
                error && <ErrorNotice error={error} />
              )
            ) : (
              <Reader
                key={reading.materialId}
                bytes={reading.bytes}
                fileName={chosen.material.name}
                materialId={reading.materialId}
                applicationId={chosen.application.id}
                readerName={opened.recipient.name}
                materialNames={materialNames}
                side={sideShown ? side : null}
                scope={scope}
                onScope={setScope}
              />
            )}
          </section>
          {sideShown ? (
            <aside
              ref={setSide}
              className="reading-side"
              aria-label={t('side.title')}
              data-testid="reading-side"
            />
          ) : null}
        </div>
      </Screen>
    </div>
  );
}
