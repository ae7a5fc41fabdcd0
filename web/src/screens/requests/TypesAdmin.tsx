import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { TypesAnswer } from './api.ts';
import { fnLabel, typeName } from './api.ts';
import { useRequestText } from './i18n.ts';
import { RequestsNav } from './RequestsNav.tsx';

/** The organization's request types with their approvers, classes and return tracking. */
export default function TypesAdmin() {
  const x = useRequestText();
  const { lang } = useI18n();
  const [data, setData] = useState<TypesAnswer | null>(null);
  useEffect(() => {
    void api.get<TypesAnswer>('/api/requests/types').then(setData);
  }, []);
  if (!data) return <Loading />;
  return (
    <>
      <PageHeading lead={x.typesLead}>{x.types}</PageHeading>
      <RequestsNav />
      <div className="actions">
        <Link className="btn btn--primary" href="/requests/catalogue">
          {x.catalogue}
        </Link>
        <Link className="btn btn--secondary" href="/requests/types/new">
          {x.addType}
        </Link>
      </div>
      {data.items.length === 0 ? (
        <p className="empty">{x.none}</p>
      ) : (
        <ul className="rq-list">
          {data.items.map((t) => (
            <li key={t.id}>
              <Link href={`/requests/types/${t.id}`} aria-label={`${x.edit}: ${typeName(t, lang)}`}>
                {typeName(t, lang)}
              </Link>{' '}
              <span className={`tag${t.active ? ' tag--ok' : ''}`}>{t.active ? x.active : x.inactive}</span>{' '}
              <span className="tag">{x.source[t.source] ?? t.source}</span>
              <span className="rq-meta">
                {x.approvers}:{' '}
                {t.definition.chain.map((s) => fnLabel(data.functions, s.function, lang)).join(' → ')}
                {t.definition.levels.length > 0 && `・${t.definition.levels.join('、')}`}
                {t.definition.returnTracking && `・${x.returnTracking}`}
                {t.definition.confirmations && `・${x.confirmations} ${t.definition.confirmations.count}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
