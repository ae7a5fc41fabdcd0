import { query } from '../../api/client.ts';
import { useDataPages } from '../../api/query.ts';
import type { AuditItem } from '../../api/types.ts';
import { navigate, useSearch } from '../../app/router.tsx';
import { LoadFailed } from '../../components/Loaded.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { fmt, useI18n } from '../../i18n/index.tsx';
import { AuditFiltersForm } from './AuditFiltersForm.tsx';
import { AuditTable } from './AuditTable.tsx';
import { AuditTools } from './AuditTools.tsx';
import { filtersToApi, filtersToSearch, readFilters } from './filters.ts';

/** 監査ログ: search the append-only record, page through it, export it and check its chain. */
export default function AuditLog() {
  const { t } = useI18n();
  const search = useSearch();
  const filters = readFilters(search);
  const { query: list, items, more } = useDataPages<AuditItem>(`/api/audit${query(filtersToApi(filters))}`);
  const error = list.error;
  return (
    <>
      <PageHeading lead={t.audit.lead}>{t.audit.title}</PageHeading>
      <AuditFiltersForm
        key={search}
        initial={filters}
        error={(name) => error?.fieldMessage(name)}
        onSearch={(f) => navigate(`/audit${filtersToSearch(f)}`)}
      />
      {error && (
        <LoadFailed
          error={error}
          onRetry={error.status >= 500 || error.status === 0 ? () => void list.refetch() : undefined}
        />
      )}
      <section aria-labelledby="audit-results" className="section">
        <div className="section__head">
          <h2 id="audit-results">{t.audit.results}</h2>
          {items && (
            <p className="muted" aria-live="polite">
              {fmt(t.audit.shown, { count: items.length })}
            </p>
          )}
        </div>
        {items ? <AuditTable items={items} more={more} /> : !error && <Loading />}
      </section>
      <AuditTools exportQuery={filtersToApi(filters)} />
    </>
  );
}
