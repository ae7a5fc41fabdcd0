import { useEffect, useState } from 'react';
import { Link, usePath } from '../../app/router.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { orgApi } from './api.ts';
import { orgTexts } from './i18n.ts';

/** A banner telling staff how many notices they have not read (mountable by the shell or any screen). */
export function NoticeBanner() {
  const x = useT(orgTexts);
  const [n, setN] = useState(0);
  const path = usePath();
  // Re-counted on every screen change, so the banner goes once the notices are read.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `path` is the reload signal
  useEffect(() => {
    orgApi.get<{ items: { readAt: string | null }[] }>('/api/org/notices/mine').then(
      (r) => setN(r.items.filter((i) => !i.readAt).length),
      () => setN(0),
    );
  }, [path]);
  if (!n || path === '/organization/notices') return null;
  return (
    <div className="notice-banner" role="status">
      <Link href="/organization/notices">{fmt(x.unreadBanner, { n })}</Link>
    </div>
  );
}
