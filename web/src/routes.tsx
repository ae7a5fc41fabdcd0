/**
 * Screens of the signed-in app. Adding a screen: one file under screens/ plus one entry here
 * (and one in nav.ts when it is a new area). Screens load lazily to keep the first download small.
 */
import { type ComponentType, lazy } from 'react';
import type { AreaKey } from './nav.ts';

export interface ScreenProps {
  params: Record<string, string>;
  area?: AreaKey;
}

export interface RouteDef {
  path: string;
  component: ComponentType<ScreenProps>;
  /** Area shown as current in the navigation (and named by placeholders). */
  area?: AreaKey;
  /** Role function the screen needs. */
  fn?: string;
  systemAdmin?: boolean;
}

const Home = lazy(() => import('./screens/Home.tsx'));
const Placeholder = lazy(() => import('./screens/Placeholder.tsx'));
const AuditLog = lazy(() => import('./screens/audit/AuditLog.tsx'));
const Settings = lazy(() => import('./screens/settings/Settings.tsx'));
const Account = lazy(() => import('./screens/settings/Account.tsx'));
const Organizations = lazy(() => import('./screens/settings/Organizations.tsx'));

export const ROUTES: RouteDef[] = [
  { path: '/', component: Home, area: 'home' },
  { path: '/policies', component: Placeholder, area: 'policies' },
  { path: '/organization', component: Placeholder, area: 'organization' },
  { path: '/registers', component: Placeholder, area: 'registers' },
  { path: '/requests', component: Placeholder, area: 'requests' },
  { path: '/incidents', component: Placeholder, area: 'incidents' },
  { path: '/inspections', component: Placeholder, area: 'inspections' },
  { path: '/audit', component: AuditLog, area: 'audit', fn: 'audit.read' },
  { path: '/settings', component: Settings, area: 'settings' },
  { path: '/settings/account', component: Account, area: 'settings' },
  { path: '/settings/organizations', component: Organizations, area: 'settings', systemAdmin: true },
];
