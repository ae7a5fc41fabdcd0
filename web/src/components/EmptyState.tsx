import type { ReactNode } from 'react';
import { useT } from '../i18n/index.tsx';
import { kitTexts } from './i18n.ts';

/** What a list shows when it has no rows yet: a calm message and, when the user may add, the action. */
export function EmptyState({ message, action }: { message?: ReactNode; action?: ReactNode }) {
  const c = useT(kitTexts);
  return (
    <div className="empty-state">
      <p className="empty-state__message">{message ?? c.empty}</p>
      {action && <div className="empty-state__action">{action}</div>}
    </div>
  );
}
