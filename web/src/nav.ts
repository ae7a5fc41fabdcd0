/**
 * The left navigation: one entry per area. `fn` names the role function an item needs
 * (hidden without it); areas without `fn` are open to every signed-in user.
 */
import type { Dict } from './i18n/ja.ts';

export type AreaKey = keyof Dict['nav'];

export interface NavItem {
  area: AreaKey;
  path: string;
  fn?: string;
  systemAdmin?: boolean;
}

export const NAV: NavItem[] = [
  { area: 'home', path: '/' },
  { area: 'policies', path: '/policies' },
  { area: 'organization', path: '/organization' },
  { area: 'registers', path: '/registers' },
  { area: 'requests', path: '/requests' },
  { area: 'incidents', path: '/incidents' },
  { area: 'inspections', path: '/inspections' },
  { area: 'audit', path: '/audit', fn: 'audit.read' },
  { area: 'settings', path: '/settings' },
];

export interface Allowance {
  functions: string[];
  isSystemAdmin: boolean;
}

/** Whether the user may see an item that needs `fn` (or system administration). */
export function allowed(item: { fn?: string; systemAdmin?: boolean }, who: Allowance): boolean {
  if (item.systemAdmin && !who.isSystemAdmin) return false;
  return !item.fn || who.functions.includes(item.fn);
}

/** The nav item a path belongs to (the longest matching prefix). */
export function areaOf(path: string): NavItem | undefined {
  return NAV.filter((n) =>
    n.path === '/' ? path === '/' : path === n.path || path.startsWith(`${n.path}/`),
  ).sort((a, b) => b.path.length - a.path.length)[0];
}
