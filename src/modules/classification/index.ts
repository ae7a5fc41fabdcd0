import type { AppModule } from '../module.ts';
import { en, ja } from './messages.ts';
import { classificationMigrations } from './migrations.ts';
import { classificationProposals } from './proposals.ts';
import { classificationRoutes } from './routes.ts';

export { activeScheme } from './queries.ts';
export type { LevelDef, Scheme, StorageLocation } from './rules.ts';
export {
  canLower,
  defaultRestrictions,
  highestOf,
  isLowering,
  labelText,
  levelById,
  levelName,
  validateStorage,
} from './rules.ts';
export { onSchemeActivated, type SchemeActivated } from './service.ts';
export type { ClassificationTables } from './tables.ts';

/** Classification schemes as data per organization: axes, ordered levels, versions and re-maps. */
export const classificationModule: AppModule = {
  name: 'classification',
  migrations: classificationMigrations,
  messages: { ja, en },
  functions: [
    {
      key: 'classification.manage',
      ja: '情報資産の分類体系の設定',
      en: 'Set up the classification scheme',
      setup: true,
      description: {
        ja: '情報資産を分類する区分（機密性2など）を設定します。',
        en: 'Sets up the levels assets are classified into (e.g. confidentiality 2).',
      },
    },
  ],
  proposals: classificationProposals,
  routes: classificationRoutes,
};
