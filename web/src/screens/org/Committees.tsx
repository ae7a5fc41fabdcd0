import { useData } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { useCan } from '../../app/useCan.ts';
import type { Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { LoadedTable } from '../../components/LoadedTable.tsx';
import { useT } from '../../i18n/index.tsx';
import { AddForm } from './AddForm.tsx';
import { orgApi } from './api.ts';
import { orgTexts } from './i18n.ts';
import { OrgFrame, orNull } from './parts.tsx';

interface Row {
  id: string;
  name: string;
  purpose: string | null;
  chairPost: string | null;
  members: number;
}

const COMMITTEES = '/api/org/committees';

/** Committees (R-A8) and a form to add one. */
export default function Committees() {
  const x = useT(orgTexts);
  const admin = useCan()('org.admin');
  const list = useData<{ items: Row[] }>(COMMITTEES);
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: x.committee,
      cell: (c) => <Link href={`/organization/committees/${c.id}`}>{c.name}</Link>,
    },
    { key: 'purpose', header: x.purpose, value: (c) => c.purpose ?? '—' },
    { key: 'chairPost', header: x.chairPost, value: (c) => c.chairPost ?? '—' },
    { key: 'members', header: x.members, numeric: true },
  ];
  return (
    <OrgFrame>
      <LoadedTable
        query={list}
        columns={columns}
        label={x.tabs.committees}
        className="table--zebra"
        empty={<EmptyState add={admin && { href: '#cm-name', label: x.add }} />}
      />
      {admin && (
        <AddForm
          prefix="cm"
          fields={[
            { key: 'name', label: x.name, required: true },
            { key: 'purpose', label: x.purpose },
            { key: 'chairPost', label: x.chairPost },
          ]}
          initial={{ name: '', purpose: '', chairPost: '' }}
          create={(v) =>
            orgApi.post(COMMITTEES, {
              name: v.name,
              purpose: orNull(v.purpose),
              chairPost: orNull(v.chairPost),
            })
          }
          invalidate={[COMMITTEES]}
        />
      )}
    </OrgFrame>
  );
}
