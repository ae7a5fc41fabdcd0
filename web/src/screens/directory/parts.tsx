import type { ReactNode } from 'react';
import { SubNav } from '../../components/SubNav.tsx';
import { useT } from '../../i18n/index.tsx';
import { OrgFrame } from '../org/parts.tsx';
import { directoryTexts } from './i18n.ts';

/** The organization area's frame with the two directory pages as a second row of tabs. */
export function DirectoryFrame({ children }: { children: ReactNode }) {
  const x = useT(directoryTexts);
  return (
    <OrgFrame lead={x.lead}>
      <SubNav
        label={x.ldap}
        items={[
          { href: '/organization/directory', label: x.settingsTab },
          { href: '/organization/directory/sync', label: x.syncTab },
        ]}
      />
      {children}
    </OrgFrame>
  );
}
