import type { AppModule } from '../module.ts';
import { dashboardRoutes } from './routes.ts';

/** The 責任者/CISO dashboard, traceability matrix, policy review inputs and report exports. */
export const dashboardModule: AppModule = {
  name: 'dashboard',
  functions: [
    {
      key: 'dashboard.read',
      ja: 'ダッシュボードの閲覧（責任者・CISO）',
      en: 'See the dashboard (responsible officers, CISO)',
    },
    {
      key: 'reports.read',
      ja: '報告書・トレーサビリティの閲覧と出力',
      en: 'Read and export reports and the traceability matrix',
    },
  ],
  routes: dashboardRoutes,
};
