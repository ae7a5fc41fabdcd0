import type { AppModule } from '../module.ts';
import { setupRoutes } from './routes.ts';

/**
 * A new body's guided set-up: its state derived from what the body already has (policy, proposals,
 * people, roles, register), so the screen and the home page checklist continue where it stopped. Every
 * write of the set-up goes through the owning module's own routes (and its audit events).
 */
export const setupModule: AppModule = {
  name: 'setup',
  routes: setupRoutes,
};

export { type SetupStatus, STEPS, type StepKey, setupStatus } from './status.ts';
