import { useEffect } from 'react';
import { navigate } from '../app/router.tsx';
import { useI18n } from '../i18n/index.tsx';

export function Loading() {
  const { t } = useI18n();
  return (
    <div className="loading" role="status">
      {t.common.loading}
    </div>
  );
}

/** Replaces the current history entry with another path. */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
