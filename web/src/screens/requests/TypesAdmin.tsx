import { useData } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { LinkButton } from '../../components/Button.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { fnLabel, type RequestType, TYPES, type TypesAnswer, typeName } from './api.ts';
import { requestTexts } from './i18n.ts';
import { RequestsFrame } from './RequestsFrame.tsx';

/** The organization's request types with their approvers, classes and return tracking. */
export default function TypesAdmin() {
  const x = useT(requestTexts);
  const { lang } = useI18n();
  const types = useData<TypesAnswer>(TYPES);
  const columns = (data: TypesAnswer): Column<RequestType>[] => [
    {
      key: 'name',
      header: x.type,
      value: (t) => typeName(t, lang),
      cell: (t) => (
        <Link href={`/requests/types/${t.id}`} aria-label={`${x.edit}: ${typeName(t, lang)}`}>
          {typeName(t, lang)}
        </Link>
      ),
    },
    {
      key: 'active',
      header: x.statusFilter,
      value: (t) => (t.active ? x.active : x.inactive),
      cell: (t) => (
        <span className={`tag${t.active ? ' tag--ok' : ''}`}>{t.active ? x.active : x.inactive}</span>
      ),
    },
    { key: 'source', header: x.sourceHeading, value: (t) => x.source[t.source] ?? t.source },
    {
      key: 'approvers',
      header: x.approvers,
      value: (t) => t.definition.chain.map((s) => fnLabel(data.functions, s.function, lang)).join(' → '),
    },
    {
      key: 'aftercare',
      header: x.aftercare,
      value: (t) =>
        [
          t.definition.levels.join('、'),
          t.definition.returnTracking ? x.returnTracking : '',
          t.definition.confirmations ? `${x.confirmations} ${t.definition.confirmations.count}` : '',
        ]
          .filter(Boolean)
          .join('・'),
    },
  ];
  return (
    <RequestsFrame
      title={x.types}
      lead={x.typesLead}
      actions={
        <>
          <LinkButton kind="primary" href="/requests/catalogue">
            {x.catalogue}
          </LinkButton>
          <LinkButton kind="secondary" href="/requests/types/new">
            {x.addType}
          </LinkButton>
        </>
      }
    >
      <Loaded query={types}>
        {(data) => (
          <DataTable
            rows={data.items}
            columns={columns(data)}
            label={x.types}
            filter
            empty={<p className="empty">{x.none}</p>}
          />
        )}
      </Loaded>
    </RequestsFrame>
  );
}
