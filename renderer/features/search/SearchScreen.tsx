/**
 * 全文检索: every material of the open package searched at once. The index is built in a worker
 * when the screen is first shown (and again for every package opened after), with its progress;
 * hits are listed by application and material in their context, and a click opens the material
 * on 阅读材料 with the passage brought into view and marked.
 */
import { useEffect, useMemo } from 'react';
import { useMessages } from '../../app/i18n/use-messages';
import { Screen } from '../../components/Screen';
import { loadDesk } from '../../state/desk-actions';
import { selectDeskStatus, selectOpenedPackage, useDeskStore } from '../../state/desk-store';
import { showInReader } from '../../state/reader-target-store';
import { BuildProgress } from './BuildProgress';
import { groupHits } from './group-hits';
import { SearchBox } from './SearchBox';
import { SearchHits } from './SearchHits';
import type { SearchHitView } from './search-protocol';
import { searchMessages } from './search-messages';
import { followOpenedPackage, searchPackage } from './search-session';
import {
  selectSearchOutcomes,
  selectSearchResults,
  selectSearching,
  useSearchStore,
} from './search-store';
import { Unsearchable } from './Unsearchable';
import './search.css';

export function SearchScreen(props: {
  /** Reads the material and shows 阅读材料 (the app knows the screens). */
  readonly onOpenMaterial: (materialId: string) => void;
}) {
  const { onOpenMaterial } = props;
  const t = useMessages(searchMessages);
  const status = useDeskStore(selectDeskStatus);
  const opened = useDeskStore(selectOpenedPackage);
  const results = useSearchStore(selectSearchResults);
  const searching = useSearchStore(selectSearching);
  const outcomes = useSearchStore(selectSearchOutcomes);
  useEffect(() => {
    if (status === null) void loadDesk();
  }, [status]);
  const known = status !== null;
  useEffect(() => (known ? followOpenedPackage() : undefined), [known]);
  const groups = useMemo(
    () => (opened && results ? groupHits(opened, results.hits) : []),
    [opened, results],
  );

  if (opened === null) {
    return (
      <Screen title={t('screen.title')}>
        <p className="notice" data-testid="search-no-package">
          {t('noPackage.body')}
        </p>
      </Screen>
    );
  }
  const open = (hit: SearchHitView) => {
    showInReader({
      kind: 'search-hit',
      applicationId: hit.applicationId,
      materialId: hit.materialId,
      quote: hit.quote,
      ...(hit.page === undefined ? {} : { page: hit.page }),
    });
    onOpenMaterial(hit.materialId);
  };
  return (
    <Screen title={t('screen.title')}>
      <div className="search-screen">
        <SearchBox onSearch={(query) => void searchPackage(query)} t={t} />
        <BuildProgress t={t} />
        <Unsearchable opened={opened} outcomes={outcomes} t={t} />
        <div className="search-summary" role="status" aria-live="polite">
          {searching && results === null && t('results.searching')}
          {results !== null &&
            (results.total === 0 ? (
              <span data-testid="search-none">{t('results.none', { query: results.query })}</span>
            ) : (
              <span data-testid="search-count">
                {t('results.count', { total: results.total })}
                {results.hits.length < results.total &&
                  t('results.shown', { shown: results.hits.length })}
                {results.partial && t('results.partial')}
              </span>
            ))}
        </div>
        <SearchHits groups={groups} onOpen={open} t={t} />
      </div>
    </Screen>
  );
}
