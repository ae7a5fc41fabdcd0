import { useEffect, useState } from 'react';
import { api, query } from '../../api/client.ts';
import type { AuditItem, AuditPage } from '../../api/types.ts';
import { navigate, useSearch } from '../../app/router.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
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
  const { error, busy, run, field } = useAction();
  const [items, setItems] = useState<AuditItem[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);

  useEffect(() => {
    setItems(null);
    void run(async () => {
      const page = await api.get<AuditPage>(`/api/audit${query(filtersToApi(readFilters(search)))}`);
      setItems(page.items);
      setCursor(page.nextCursor === null ? null : String(page.nextCursor));
    });
  }, [search, run]);

  function more() {
    if (!cursor) return;
    void run(async () => {
      const page = await api.get<AuditPage>(`/api/audit${query({ ...filtersToApi(filters), cursor })}`);
      setItems((prev) => [...(prev ?? []), ...page.items]);
      setCursor(page.nextCursor === null ? null : String(page.nextCursor));
    });
  }

  return (
    <>
      <PageHeading lead={t.audit.lead}>{t.audit.title}</PageHeading>
      <AuditFiltersForm
        key={search}
        initial={filters}
        error={field}
        onSearch={(f) => navigate(`/audit${filtersToSearch(f)}`)}
      />
      <FormAlert error={error} />
      <section aria-labelledby="audit-results" className="section">
        <div className="section__head">
          <h2 id="audit-results">{t.audit.results}</h2>
          {items && (
            <p className="muted" aria-live="polite">
              {fmt(t.audit.shown, { count: items.length })}
            </p>
          )}
        </div>
        {items && items.length === 0 && <p className="empty">{t.audit.empty}</p>}
        {items && items.length > 0 && <AuditTable items={items} />}
        {cursor && (
          <div className="actions">
            <button type="button" className="btn btn--secondary" onClick={more} disabled={busy}>
              {t.audit.more}
            </button>
          </div>
        )}
      </section>
      <AuditTools exportQuery={filtersToApi(filters)} />
    </>
  );
}
