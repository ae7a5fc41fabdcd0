import type { ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';
import { kitTexts } from './i18n.ts';

/**
 * What a list shows when it has no rows yet: a calm message and, when the user may add, the action. `add`
 * is the common action: a link to the add form below the list (`{ href: '#form-field', label }`).
 */
export function EmptyState({
  message,
  action,
  add,
}: {
  message?: ReactNode;
  action?: ReactNode;
  add?: { href: string; label: ReactNode } | false;
}) {
  const c = useT(kitTexts);
  if (add)
    action = (
      <a className="btn btn--secondary btn--small" href={add.href}>
        {add.label}
      </a>
    );
  return (
    <div className="empty-state">
      <p className="empty-state__message">{message ?? c.empty}</p>
      {action && <div className="empty-state__action">{action}</div>}
    </div>
  );
}
