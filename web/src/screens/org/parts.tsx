import type { ReactNode } from 'react';
import { useCan } from '../../app/useCan.ts';
import { AreaFrame } from '../../components/AreaFrame.tsx';
import { useT } from '../../i18n/index.tsx';
import { type OrgTexts, orgTexts } from './i18n.ts';

/** The organization area's tabs and the role functions each needs (none: every signed-in person). */
const TABS: { key: keyof OrgTexts['tabs']; fns?: string[] }[] = [
  { key: 'units', fns: ['org.read', 'org.admin'] },
  { key: 'people', fns: ['org.read', 'org.admin'] },
  { key: 'roles', fns: ['org.read', 'org.admin'] },
  { key: 'committees', fns: ['org.read', 'org.admin'] },
  { key: 'contacts' },
  { key: 'notices' },
  { key: 'transfers', fns: ['org.admin'] },
  { key: 'review', fns: ['org.review'] },
  { key: 'settings', fns: ['org.admin'] },
  { key: 'directory', fns: ['org.admin'] },
];

/** The tabs the signed-in person may open, in order. */
export function useOrgTabs(): (typeof TABS)[number]['key'][] {
  const can = useCan();
  return TABS.filter((t) => !t.fns || can(...t.fns)).map((t) => t.key);
}

/** Heading and the organization area's tabs (only those the user's functions allow). */
export function OrgFrame({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  const x = useT(orgTexts);
  const tabs = TABS.map((t) => ({ href: `/organization/${t.key}`, label: x.tabs[t.key], fns: t.fns }));
  return (
    <AreaFrame label={x.title} tabs={tabs} title={x.title} lead={lead ?? x.lead}>
      {children}
    </AreaFrame>
  );
}

export { TextAreaField } from '../../components/Field.tsx';
export { SelectField } from '../../components/SelectField.tsx';

/** Empty string → null, for optional text inputs. */
export const orNull = (v: string): string | null => (v.trim() === '' ? null : v.trim());
