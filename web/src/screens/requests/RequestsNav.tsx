import { Link, usePath } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { MANAGE_TYPES } from './fns.ts';
import { useRequestText } from './i18n.ts';
import './requests.css';

/** The request area's own tabs: new, inbox, mine, registers, and type set-up for those who may. */
export function RequestsNav() {
  const x = useRequestText();
  const path = usePath();
  const { session } = useSession();
  const may = session?.functions.includes(MANAGE_TYPES);
  const items: [string, string][] = [
    ['/requests', x.inbox],
    ['/requests/new', x.newRequest],
    ['/requests/mine', x.mine],
    ['/requests/records', x.records],
    ...(may ? ([['/requests/types', x.types]] as [string, string][]) : []),
  ];
  return (
    <nav aria-label={x.title}>
      <ul className="rq-tabs">
        {items.map(([href, label]) => (
          <li key={href}>
            <Link href={href} aria-current={path === href ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
