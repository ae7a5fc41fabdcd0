import { useData, useMutate } from '../../api/query.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useT } from '../../i18n/index.tsx';
import { accountTexts } from './accounts-texts.ts';
import { dirApi } from './api.ts';

interface Account {
  id: string;
  loginId: string;
  displayName: string;
  status: string;
  unitName: string | null;
  source: 'ldap' | 'oidc' | 'local' | null;
}

const ACCOUNTS = '/api/directory/accounts';

/** Every account with its sign-in source, and the break-glass designation. */
export function AccountsSection() {
  const x = useT(accountTexts);
  const accounts = useData<{ items: Account[] }>(ACCOUNTS);
  const keepLocal = useMutate(
    (a: Account) => dirApi.post(`${ACCOUNTS}/${a.id}/local`, { local: a.source !== 'local' }),
    {
      invalidate: [ACCOUNTS],
    },
  );
  const columns: Column<Account>[] = [
    { key: 'loginId', header: x.columns.loginId },
    { key: 'displayName', header: x.columns.name },
    { key: 'unitName', header: x.columns.unit, value: (a) => a.unitName ?? '' },
    { key: 'source', header: x.columns.source, value: (a) => x.sources[a.source ?? 'none'] },
    { key: 'status', header: x.columns.status, value: (a) => x.statuses[a.status] ?? a.status },
    {
      key: 'action',
      header: x.columns.action,
      sortable: false,
      cell: (a) => (
        <ActionButton
          action={keepLocal}
          vars={a}
          label={a.source === 'local' ? x.unmark : x.makeLocal}
          secondary
        />
      ),
    },
  ];
  return (
    <section aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">{x.title}</h2>
      <p>{x.lead}</p>
      <FormAlert error={keepLocal.error} />
      <Loaded query={accounts}>
        {(r) => <DataTable rows={r.items} columns={columns} label={x.title} filter />}
      </Loaded>
    </section>
  );
}
