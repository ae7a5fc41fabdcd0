import type { ReactNode } from 'react';
import { fmt, useT } from '../../i18n/index.tsx';
import { policyTexts } from './i18n.ts';
import { LONG } from './proposals.ts';

/** A list folded behind "show the list (n)" when it is long. */
export function Folded({ n, children }: { n: number; children: ReactNode }) {
  const p = useT(policyTexts);
  if (n <= LONG) return <>{children}</>;
  return (
    <details>
      <summary>{fmt(p.showList, { n })}</summary>
      {children}
    </details>
  );
}
