import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useI18n } from '../../i18n/index.tsx';
import type { CatalogueEntry, TypesAnswer } from './api.ts';
import { typeName } from './api.ts';
import { useRequestText } from './i18n.ts';
import { RequestsNav } from './RequestsNav.tsx';

/** The ready-made request types: one click adds one, citing the sample clause it comes from. */
export default function Catalogue() {
  const x = useRequestText();
  const { lang } = useI18n();
  const [items, setItems] = useState<CatalogueEntry[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { error, busy, run } = useAction();
  const [codes, setCodes] = useState<Map<string, string>>(new Map());
  const load = useCallback(async () => {
    const [c, t] = await Promise.all([
      api.get<{ items: CatalogueEntry[] }>('/api/requests/catalogue'),
      api.get<TypesAnswer>('/api/requests/types'),
    ]);
    setItems(c.items);
    setCodes(new Map(t.items.map((i) => [i.code, i.id])));
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  if (!items) return <Loading />;
  return (
    <>
      <PageHeading lead={x.catalogueLead}>{x.catalogue}</PageHeading>
      <RequestsNav />
      <p>
        <Link href="/requests/types">← {x.types}</Link>
      </p>
      <Status message={done} />
      <FormAlert error={error} />
      <ul className="rq-list">
        {items.map((e) => {
          const name = typeName(e.type, lang);
          return (
            <li key={e.key}>
              {/* A template brings its form only: no sample's levels, clause or requirement number. */}
              <strong>{name}</strong>
              <span className="rq-meta">
                {e.type.definition.fields
                  .map((f) => (lang === 'en' && f.label.en ? f.label.en : f.label.ja))
                  .join('・')}
                {e.type.definition.confirmations &&
                  `・${x.confirmations} ${e.type.definition.confirmations.count}`}
              </span>
              {e.added ? (
                <span className="tag tag--ok">{x.added}</span>
              ) : codes.has(e.type.code) ? (
                <span className="rq-meta">
                  {x.codeTaken} <Link href={`/requests/types/${codes.get(e.type.code)}`}>{x.edit}</Link>
                </span>
              ) : (
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  disabled={busy}
                  aria-label={`${x.add}: ${name}`}
                  onClick={() =>
                    run(async () => {
                      await api.post(`/api/requests/catalogue/${encodeURIComponent(e.key)}`);
                      await load();
                      setDone(fmt(x.addedMsg, { name }));
                    })
                  }
                >
                  {x.add}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
