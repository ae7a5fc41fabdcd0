/** The 台帳 area's tabs: one per register, each shown to those whose functions open it. */
import type { AreaTab } from '../../components/AreaFrame.tsx';
import { useT } from '../../i18n/index.tsx';
import { registerTexts } from './texts.ts';

export const REGISTERS = [
  { key: 'assets', href: '/registers/assets', fn: 'assets.read' },
  { key: 'classification', href: '/registers/classification', fn: 'classification.manage' },
  { key: 'systems', href: '/registers/systems', fn: 'systems.read' },
  { key: 'software', href: '/registers/software', fn: 'software.manage' },
  { key: 'vendors', href: '/registers/vendors', fn: 'vendors.manage' },
] as const;

/** Props for `<AreaFrame>` on every 台帳 screen. */
export function useRegisterTabs(): { label: string; tabs: AreaTab[] } {
  const x = useT(registerTexts);
  return {
    label: x.area,
    tabs: [
      { href: '/registers', label: x.tabs.home },
      ...REGISTERS.map((r) => ({ href: r.href, label: x.tabs[r.key], fns: [r.fn] })),
    ],
  };
}
