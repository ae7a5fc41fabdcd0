/** Texts of the vendors module. */
import { recordEventLabels } from '../../i18n/index.ts';

const kinds = {
  '': ['委託先', 'Vendor'],
  contract_: ['委託契約', 'Contract'],
  cloud_: ['クラウドサービス', 'Cloud service'],
  social_: ['SNSアカウント', 'Social media account'],
  law_: ['法令', 'Law'],
} as const;

export const ja: Record<string, string> = {
  ...recordEventLabels('vendors.', kinds, 'ja'),
  'event.vendors.clause_list_set': '契約必須条項一覧の設定',
  'vendors.no_clause_list':
    '契約に必要な条項の一覧がありません。施行中のポリシーに一覧がない場合は、条項を入力してください。',
};

export const en: Record<string, string> = {
  ...recordEventLabels('vendors.', kinds, 'en'),
  'event.vendors.clause_list_set': 'Required contract clauses set',
  'vendors.no_clause_list':
    'There is no list of required contract clauses. If the policy in force has none, enter the clauses.',
};
