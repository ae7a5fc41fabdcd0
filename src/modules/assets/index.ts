import { type AppModule, routeGroups } from '../module.ts';
import { mayReadAsset } from './access.ts';
import { recomputeAllContainers } from './containers.ts';
import { assetImport } from './excel-import.ts';
import { assetInfo, assetName, fileableAssets, ownedAssets } from './integrations.ts';
import { en, ja } from './messages.ts';
import { assetMigrations } from './migrations.ts';
import { assetRoutes } from './routes.ts';
import { assetIoRoutes } from './routes-io.ts';
import { assetSupportRoutes } from './routes-support.ts';

export type { CreateAssetInput } from './schema.ts';
export { createAsset } from './service.ts';
export type { AssetTables } from './tables.ts';

/** The 情報資産管理台帳: assets, their class and storage, search, import/export and labels. */
export const assetsModule: AppModule = {
  name: 'assets',
  migrations: assetMigrations,
  messages: { ja, en },
  functions: [
    {
      key: 'assets.read',
      ja: '情報資産管理台帳の閲覧',
      en: 'Read the asset register',
      description: {
        ja: '情報資産管理台帳を見ます。',
        en: 'Sees the information asset register.',
      },
    },
    {
      key: 'assets.read_all',
      ja: '全ての課の情報資産の閲覧',
      en: 'Read every unit’s assets',
      description: {
        ja: '自分の課に限らず、すべての課の情報資産を見ます。',
        en: 'Sees the assets of every unit, not only one’s own.',
      },
    },
    {
      key: 'assets.manage',
      ja: '情報資産の登録・変更',
      en: 'Register and change assets',
      description: {
        ja: '情報資産を台帳に登録し、内容を変更します。',
        en: 'Registers information assets and changes their entries.',
      },
    },
    {
      key: 'assets.classify',
      ja: '情報資産の分類の判断',
      en: 'Decide the classification of assets',
      description: {
        ja: '情報資産をどの分類（機密性など）にするかを判断します。',
        en: 'Decides how information assets are classified (confidentiality and the rest).',
      },
    },
  ],
  imports: [assetImport],
  offboardingChecks: { 'assets.owned': ownedAssets },
  lookups: { asset: { find: assetInfo, mayRead: mayReadAsset, fileable: fileableAssets, name: assetName } },
  // A new scheme version re-maps classes: containers take their contents' highest again (R-B7).
  on: { schemeActivated: recomputeAllContainers },
  // Fixed paths (/api/assets/export, /labels, /check…) are registered before /api/assets/:id
  // only for readability; the router prefers static segments anyway.
  routes: routeGroups(assetSupportRoutes, assetIoRoutes, assetRoutes),
};
