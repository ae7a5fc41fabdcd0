import type { ReactNode } from 'react';
import { useCan } from '../app/useCan.ts';
import { PageHeading } from './PageHeading.tsx';
import { SubNav } from './SubNav.tsx';

export interface AreaTab {
  href: string;
  label: string;
  /** Shown to a user holding one of these functions; none: every signed-in user. */
  fns?: string[];
  systemAdmin?: boolean;
}

/**
 * An area's frame: the page heading and the area's tabs, only those the user's functions open. Define the
 * tabs once per area (e.g. `useRegisterTabs()`) and wrap each of its screens in `<AreaFrame>`.
 */
/** What an area's own frame (its tabs fixed) takes from each screen. */
export interface AreaPageProps {
  title: ReactNode;
  lead?: ReactNode;
  children: ReactNode;
}

export function AreaFrame({
  label,
  tabs,
  title,
  lead,
  actions,
  current,
  children,
}: {
  /** Name of the area's navigation landmark. */
  label: string;
  tabs: AreaTab[];
  title: ReactNode;
  lead?: ReactNode;
  /** Buttons under the heading (add, export …). */
  actions?: ReactNode;
  /** The tab to mark when the path alone does not say (default: the one the path is under). */
  current?: string;
  children: ReactNode;
}) {
  const can = useCan();
  const shown = tabs.filter((t) => (!t.fns || can(...t.fns)) && (!t.systemAdmin || can.isSystemAdmin));
  return (
    <>
      {shown.length > 1 && <SubNav label={label} items={shown} current={current} />}
      <PageHeading lead={lead}>{title}</PageHeading>
      {actions && <div className="actions">{actions}</div>}
      {children}
    </>
  );
}
