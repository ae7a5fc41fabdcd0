import { useData } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { useCan } from '../../app/useCan.ts';
import { LinkButton } from '../../components/Button.tsx';
import type { Column } from '../../components/DataTable.tsx';
import { LoadedTable } from '../../components/LoadedTable.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Section } from '../../components/Section.tsx';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import { AckBanner } from './AckBanner.tsx';
import { type DocumentItem, policyPaths } from './api.ts';
import { day } from './dates.ts';
import { policyTexts } from './i18n.ts';

/** ポリシー: the documents the user may read, with the version in force (和暦 dates). */
export default function PolicyList() {
  const p = useT(policyTexts);
  const { lang } = useI18n();
  const can = useCan();
  const manage = can('policy.manage');
  const docs = useData<{ items: DocumentItem[] }>(
    can('policy.manage', 'policy.read') ? policyPaths.documents : policyPaths.publicDocuments,
  );
  const columns: Column<DocumentItem>[] = [
    {
      key: 'title',
      header: p.document,
      cell: (d) => <Link href={`/policies/documents/${d.id}`}>{d.title}</Link>,
    },
    { key: 'kinds', header: p.kinds, value: (d) => d.kinds.map((k) => p.documentKinds[k] ?? k).join('・') },
    {
      key: 'visibility',
      header: p.visibility,
      value: (d) => p.vis[d.visibility],
      cell: (d) => <span className="tag">{p.vis[d.visibility]}</span>,
    },
    {
      key: 'inForce',
      header: p.inForce,
      value: (d) => d.inForce?.number ?? '',
      cell: (d) =>
        d.inForce ? (
          <Link href={`/policies/versions/${d.inForce.id}`}>{fmt(p.version, { n: d.inForce.number })}</Link>
        ) : (
          p.none
        ),
    },
    {
      key: 'effective',
      header: p.effective,
      value: (d) => d.inForce?.effectiveOn ?? '',
      cell: (d) => day(d.inForce?.effectiveOn, lang),
    },
    {
      key: 'latest',
      header: p.latest,
      value: (d) => d.latest?.number ?? '',
      cell: (d) =>
        d.latest && (
          <Link href={`/policies/versions/${d.latest.id}`}>
            {fmt(p.version, { n: d.latest.number })}（{p.status[d.latest.status]}）
          </Link>
        ),
    },
  ];
  return (
    <>
      <PageHeading lead={p.lead}>{p.title}</PageHeading>
      <AckBanner />
      {manage && (
        <div className="actions">
          <LinkButton kind="primary" href="/policies/import">
            {p.import}
          </LinkButton>
          <LinkButton kind="secondary" href="/policies/reviews">
            {p.reviews}
          </LinkButton>
        </div>
      )}
      <Section id="policy-docs" title={p.documents}>
        <LoadedTable
          query={docs}
          columns={columns}
          label={p.documents}
          empty={<p className="empty">{p.empty}</p>}
        />
      </Section>
    </>
  );
}
