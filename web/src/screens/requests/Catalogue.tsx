import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { Button } from '../../components/Button.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import {
  CATALOGUE,
  type CatalogueEntry,
  fieldLabel,
  requestsApi,
  TYPES,
  type TypesAnswer,
  typeName,
} from './api.ts';
import { requestTexts } from './i18n.ts';
import { RequestsFrame } from './RequestsFrame.tsx';

/** The ready-made request types: one click adds one, citing the sample clause it comes from. */
export default function Catalogue() {
  const x = useT(requestTexts);
  const { lang } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  const catalogue = useData<{ items: CatalogueEntry[] }>(CATALOGUE);
  const types = useData<TypesAnswer>(TYPES);
  const codes = new Map((types.data?.items ?? []).map((i) => [i.code, i.id]));
  const add = useMutate((e: CatalogueEntry) => requestsApi.addFromCatalogue(e.key), {
    invalidate: [CATALOGUE, TYPES],
    onDone: (_r, e) => setDone(fmt(x.addedMsg, { name: typeName(e.type, lang) })),
  });
  const columns: Column<CatalogueEntry>[] = [
    // A template brings its form only: no sample's levels, clause or requirement number.
    {
      key: 'name',
      header: x.type,
      value: (e) => typeName(e.type, lang),
      cell: (e) => <strong>{typeName(e.type, lang)}</strong>,
    },
    {
      key: 'fields',
      header: x.fields,
      value: (e) =>
        e.type.definition.fields.map((f) => fieldLabel(f, lang)).join('・') +
        (e.type.definition.confirmations
          ? `・${x.confirmations} ${e.type.definition.confirmations.count}`
          : ''),
    },
    {
      key: 'action',
      header: x.add,
      sortable: false,
      value: (e) => (e.added ? x.added : ''),
      cell: (e) =>
        e.added ? (
          <span className="tag tag--ok">{x.added}</span>
        ) : codes.has(e.type.code) ? (
          <span className="rq-meta">
            {x.codeTaken} <Link href={`/requests/types/${codes.get(e.type.code)}`}>{x.edit}</Link>
          </span>
        ) : (
          <Button
            small
            disabled={add.busy}
            aria-label={`${x.add}: ${typeName(e.type, lang)}`}
            onClick={() => {
              setDone(null);
              void add.run(e);
            }}
          >
            {x.add}
          </Button>
        ),
    },
  ];
  return (
    <RequestsFrame title={x.catalogue} lead={x.catalogueLead}>
      <p>
        <Link href="/requests/types">← {x.types}</Link>
      </p>
      <Status message={done} />
      <FormAlert error={add.error} />
      <Loaded query={catalogue}>
        {(c) => <DataTable rows={c.items} columns={columns} rowKey={(e) => e.key} label={x.catalogue} />}
      </Loaded>
    </RequestsFrame>
  );
}
