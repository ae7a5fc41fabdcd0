import type { AppModule } from '../module.ts';
import { en, ja } from './messages.ts';
import { dashboardRoutes } from './routes.ts';

/** The 責任者/CISO dashboard, traceability matrix, policy review inputs and report exports. */
export const dashboardModule: AppModule = {
  name: 'dashboard',
  messages: { ja, en },
  functions: [
    {
      key: 'dashboard.read',
      ja: 'ダッシュボードの閲覧',
      en: 'See the dashboard',
      description: {
        ja: '団体全体の状況をまとめた画面（ダッシュボード）を見ます。',
        en: 'Sees the overview of the whole body (the dashboard).',
      },
    },
    {
      key: 'reports.read',
      ja: '報告書・条文ごとの実施状況の閲覧と出力',
      en: 'Read and export reports and what each clause led to',
      description: {
        ja: '報告書と、ポリシーの条文ごとに何が行われたかの表を見て出力します。',
        en: 'Sees and exports reports and the table of what each policy clause led to.',
      },
    },
  ],
  routes: dashboardRoutes,
};
