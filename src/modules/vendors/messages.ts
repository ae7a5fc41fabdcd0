/** Texts of the vendors module. */
const labels = {
  '': ['委託先', 'Vendor'],
  contract_: ['委託契約', 'Contract'],
  cloud_: ['クラウドサービス', 'Cloud service'],
  social_: ['SNSアカウント', 'Social media account'],
  law_: ['法令', 'Law'],
} as const;
const verbs = {
  created: ['登録', 'added'],
  updated: ['変更', 'changed'],
  deleted: ['削除', 'deleted'],
} as const;

function eventLabels(i: 0 | 1): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, l] of Object.entries(labels)) {
    for (const [v, w] of Object.entries(verbs))
      out[`event.vendors.${k}${v}`] = i === 0 ? `${l[0]}${w[0]}` : `${l[1]} ${w[1]}`;
  }
  return out;
}

export const ja: Record<string, string> = {
  ...eventLabels(0),
  'event.vendors.clause_list_set': '契約必須条項一覧の設定',
  'vendors.no_clause_list':
    '契約に必要な条項の一覧がありません。施行中のポリシーに一覧がない場合は、条項を入力してください。',
};

export const en: Record<string, string> = {
  ...eventLabels(1),
  'event.vendors.clause_list_set': 'Required contract clauses set',
  'vendors.no_clause_list':
    'There is no list of required contract clauses. If the policy in force has none, enter the clauses.',
};
