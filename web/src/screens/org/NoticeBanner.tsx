import { useData } from '../../api/query.ts';
import { Link, usePath } from '../../app/router.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { NOTICES } from './api.ts';
import { orgTexts } from './i18n.ts';

/** A banner telling staff how many notices they have not read (mountable by the shell or any screen). */
export function NoticeBanner() {
  const x = useT(orgTexts);
  const path = usePath();
  // Shares the cache of the notices screen: marking one read there updates the count here.
  const mine = useData<{ items: { readAt: string | null }[] }>(`${NOTICES}/mine`).data?.items ?? [];
  const n = mine.filter((i) => !i.readAt).length;
  if (!n || path === '/organization/notices') return null;
  return (
    <div className="notice-banner" role="status">
      <Link href="/organization/notices">{fmt(x.unreadBanner, { n })}</Link>
    </div>
  );
}
