import type { ReactNode } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { componentTexts } from './i18n.ts';

/** What a list shows when it has no rows yet: a calm message and, when the user may add, the action. */
export function EmptyState({ message, action }: { message?: ReactNode; action?: ReactNode }) {
  const { lang } = useI18n();
  return (
    <div className="empty-state">
      <p className="empty-state__message">{message ?? componentTexts(lang).empty}</p>
      {action && <div className="empty-state__action">{action}</div>}
    </div>
  );
}
