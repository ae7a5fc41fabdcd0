import { useData } from '../../api/query.ts';
import { Button } from '../../components/Button.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { useT } from '../../i18n/index.tsx';
import { orgTexts } from './i18n.ts';
import { OrgFrame } from './parts.tsx';

interface Holder {
  userId: string;
  displayName: string;
  post: string | null;
  unitName: string | null;
  phone: string | null;
  email: string | null;
  acting: boolean;
}
interface Tier {
  tier: number;
  roles: {
    id: string;
    name: string;
    post: string | null;
    holders: Holder[];
  }[];
}

/** The emergency contact tree (R-A4), printable: roles top tier first, holders and how to reach them. */
export default function ContactTree() {
  const x = useT(orgTexts);
  const tiers = useData<{ tiers: Tier[] }>('/api/org/contact-tree').data?.tiers ?? [];
  const columns: Column<Holder>[] = [
    {
      key: 'displayName',
      header: x.displayName,
      value: (h) => `${h.displayName}${h.acting ? `（${x.acting}）` : ''}`,
    },
    { key: 'unitName', header: x.unit, value: (h) => h.unitName ?? '—' },
    { key: 'post', header: x.post, value: (h) => h.post ?? '—' },
    {
      key: 'phone',
      header: x.phone,
      cell: (h) => (h.phone ? <a href={`tel:${h.phone}`}>{h.phone}</a> : '—'),
    },
    {
      key: 'email',
      header: x.email,
      cell: (h) => (h.email ? <a href={`mailto:${h.email}`}>{h.email}</a> : '—'),
    },
  ];
  return (
    <OrgFrame lead={x.contactLead}>
      <p className="no-print">
        <Button onClick={() => window.print()}>{x.print}</Button>
      </p>
      <ol className="contact-tree">
        {tiers.map((t) => (
          <li key={t.tier}>
            <h2>
              {x.tier.replace(/（.*）|\(.*\)/, '')} {t.tier}
            </h2>
            {t.roles.map((r) => (
              <section key={r.id} aria-label={r.name}>
                <h3>
                  {r.name}
                  {r.post && `（${r.post}）`}
                </h3>
                {r.holders.length === 0 ? (
                  <p className="muted">{x.noHolder}</p>
                ) : (
                  <DataTable rows={r.holders} columns={columns} rowKey={(h) => h.userId} label={r.name} />
                )}
              </section>
            ))}
          </li>
        ))}
      </ol>
    </OrgFrame>
  );
}
