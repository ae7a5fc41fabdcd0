import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { SelectField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { Status } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Section } from '../../components/Section.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { fmt } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import { type DocumentDetail, policyApi, policyPaths, type VersionSummary } from './api.ts';
import { ComparePicker } from './ComparePicker.tsx';
import { day, when } from './dates.ts';
import { usePolicyView } from './usePolicyView.ts';

/** A document's versions (制定・施行・改正 in 和暦) and, for managers, its visibility. */
export default function PolicyDocument({ params }: ScreenProps) {
  const doc = useData<DocumentDetail>(policyPaths.document(params.id));
  return <Loaded query={doc}>{(d) => <DocumentView key={d.id} doc={d} />}</Loaded>;
}

function DocumentView({ doc }: { doc: DocumentDetail }) {
  const { p, ct, lang, manage } = usePolicyView();
  const [vis, setVis] = useState(doc.visibility);
  const [msg, setMsg] = useState<string | null>(null);
  const save = useMutate((visibility: string) => policyApi.setVisibility(doc.id, visibility), {
    invalidate: [policyPaths.documents],
    onDone: (_r, visibility) => setMsg(p.vis[visibility]),
  });
  // Compare the two latest by number by default, whatever order the versions come in.
  const byNumber = [...doc.versions].sort((a, b) => b.number - a.number);
  const columns: Column<VersionSummary>[] = [
    {
      key: 'number',
      header: p.versionCol,
      numeric: true,
      cell: (v) => (
        <>
          <Link href={`/policies/versions/${v.id}`}>{fmt(p.version, { n: v.number })}</Link>
          {v.sourceFileName && <div className="cell-sub">{v.sourceFileName}</div>}
        </>
      ),
    },
    {
      key: 'status',
      header: p.statusCol,
      value: (v) => p.status[v.status],
      cell: (v) => (
        <span className={v.status === 'in_force' ? 'tag tag--ok' : 'tag'}>{p.status[v.status]}</span>
      ),
    },
    { key: 'enactedOn', header: p.enacted, cell: (v) => day(v.enactedOn, lang) },
    { key: 'effectiveOn', header: p.effective, cell: (v) => day(v.effectiveOn, lang) },
    {
      key: 'amendedOn',
      header: p.amended,
      value: (v) => v.amendedOn[0]?.date ?? '',
      cell: (v) => v.amendedOn.map((a) => day(a.date, lang)).join('、') || '—',
    },
    { key: 'importedAt', header: p.importedAt, cell: (v) => when(v.importedAt, lang) },
  ];
  return (
    <>
      <PageHeading lead={doc.kinds.map((k) => p.documentKinds[k] ?? k).join('・')}>{doc.title}</PageHeading>
      <Status message={msg} />
      {manage && (
        <div className="actions">
          <Link href={`/policies/import?document=${encodeURIComponent(doc.id)}`}>{ct.newVersion}</Link>
        </div>
      )}
      {manage && (
        <Form className="form form--inline" onSend={() => void save.run(vis)} error={save.error}>
          <SelectField id="doc-vis" label={p.visibility} value={vis} onChange={(e) => setVis(e.target.value)}>
            {Object.entries(p.vis).map(([k, label]) => (
              <option key={k} value={k} disabled={k === 'public' && doc.kinds.includes('procedures')}>
                {label}
              </option>
            ))}
          </SelectField>
          <SubmitRow secondary label={p.save} busy={save.busy} />
        </Form>
      )}
      <Section id="doc-versions" title={p.versions}>
        <DataTable rows={doc.versions} columns={columns} label={p.versions} />
      </Section>
      <Section id="compare" title={p.compare} lead={p.compareLead}>
        {doc.versions.length < 2 ? (
          <p className="empty">{p.needTwo}</p>
        ) : (
          <ComparePicker
            idPrefix="cmp"
            versions={doc.versions}
            from={byNumber[1]?.id ?? ''}
            to={byNumber[0]?.id ?? ''}
          />
        )}
      </Section>
    </>
  );
}
