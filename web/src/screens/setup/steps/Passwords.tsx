import { type Column, DataTable } from '../../../components/DataTable.tsx';
import { useT } from '../../../i18n/index.tsx';
import { signInLink } from '../../../lib/signin-link.ts';
import { setupTexts } from '../texts.ts';

interface OneTime {
  label: string;
  value: string;
  loginId?: string;
}

/** The one-time passwords of the people just added, with their sign-in links, shown once to hand over. */
export function Passwords({ items }: { items: OneTime[] }) {
  const s = useT(setupTexts);
  if (!items.length) return null;
  const columns: Column<OneTime>[] = [
    { key: 'label', header: s.loginIdAndName },
    { key: 'value', header: s.oneTime, sortable: false, cell: (p) => <code>{p.value}</code> },
    {
      key: 'link',
      header: s.signInLink,
      sortable: false,
      value: (p) => (p.loginId ? signInLink(p.loginId) : ''),
      cell: (p) => (p.loginId ? <code>{signInLink(p.loginId)}</code> : null),
    },
  ];
  return (
    <div data-testid="one-time-passwords">
      <DataTable rows={items} columns={columns} rowKey={(p) => p.label} caption={s.oneTime} captionHidden />
    </div>
  );
}
