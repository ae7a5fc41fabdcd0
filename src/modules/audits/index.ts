import type { AppModule } from '../module.ts';
import './events.ts';
import { en, ja } from './messages.ts';
import { auditsMigrations } from './migrations.ts';
import { en as reportEn, ja as reportJa } from './report-messages.ts';
import { auditsRoutes } from './routes.ts';

export type { AuditsTables } from './tables.ts';

/** Information security audits: plans, independent auditors, findings followed to closure, reports (R-I3, R-I4). */
export const auditsModule: AppModule = {
  name: 'audits',
  migrations: auditsMigrations,
  messages: { ja: { ...ja, ...reportJa }, en: { ...en, ...reportEn } },
  functions: [
    {
      key: 'audits.manage',
      ja: '監査の計画・実施・指摘・フォローアップ',
      en: 'Plan and carry out audits, record and follow up findings',
      description: {
        ja: '情報セキュリティ監査を計画して実施し、指摘と改善の確認を記録します。',
        en: 'Plans and carries out security audits and records findings and follow-up.',
      },
    },
    {
      key: 'audits.respond',
      ja: '自課への監査指摘に回答',
      en: 'Answer audit findings about one’s unit',
      description: {
        ja: '自分の課への監査の指摘に回答し、改善を報告します。',
        en: 'Answers audit findings about one’s unit and reports the improvements.',
      },
    },
  ],
  routes: auditsRoutes,
};
