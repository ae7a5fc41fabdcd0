import type { ReactNode } from 'react';
import { AreaFrame, type AreaTab } from '../../components/AreaFrame.tsx';
import { useT } from '../../i18n/index.tsx';
import { MANAGE_TYPES } from './fns.ts';
import { requestTexts } from './i18n.ts';
import './requests.css';

/** The 申請・承認 area's tabs: inbox, new, mine, registers, and type set-up for those who may. */
function useRequestTabs(): AreaTab[] {
  const x = useT(requestTexts);
  return [
    { href: '/requests', label: x.inbox },
    { href: '/requests/new', label: x.newRequest },
    { href: '/requests/mine', label: x.mine },
    { href: '/requests/records', label: x.records },
    { href: '/requests/types', label: x.types, fns: [MANAGE_TYPES] },
  ];
}

/** Every request screen's heading and tabs. */
export function RequestsFrame(props: {
  title: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
  /** The tab to mark, when the path alone does not say (a request: the requester's own or one to decide). */
  current?: string;
  children: ReactNode;
}) {
  const x = useT(requestTexts);
  return <AreaFrame label={x.title} tabs={useRequestTabs()} {...props} />;
}
