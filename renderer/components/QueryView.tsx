import type { ReactNode } from 'react';
import { useTranslation } from '../app/i18n/use-translation';
import type { QueryState } from '../ipc/use-ipc-query';
import { ErrorNotice } from './ErrorNotice';

/** Loading and error states look the same on every screen. */
export function QueryView<T>(props: {
  readonly query: QueryState<T> & { reload(): void };
  readonly children: (value: T) => ReactNode;
}) {
  const t = useTranslation();
  const { query } = props;
  if (query.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (query.status === 'error') return <ErrorNotice error={query.error} onRetry={query.reload} />;
  return <>{props.children(query.value)}</>;
}
