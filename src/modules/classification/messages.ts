/** Messages of classification schemes. */
export const ja: Record<string, string> = {
  'classification.pending_exists':
    '確認待ちの分類体系の版があります。先に読替えの確認と有効化を済ませてください。',
  'classification.not_pending': 'この版は確認待ちではありません。',
  'classification.remap_incomplete': '読替えが確認されていない資産が {count} 件あります。',
  'classification.level_unknown': '分類の区分が見つかりません。',
  'classification.levels_required': '区分が方針本文にないため、分類体系の画面で区分を入力してください。',
  'classification.no_scheme': '分類体系が登録されていません。',
  'event.classification.version_created': '分類体系の版を作成',
  'event.classification.remap_confirmed': '分類の読替えを確認',
  'event.classification.version_activated': '分類体系の版を有効化',
};

export const en: Record<string, string> = {
  'classification.pending_exists':
    'A scheme version is waiting for its re-map review. Confirm and activate it first.',
  'classification.not_pending': 'This version is not waiting for review.',
  'classification.remap_incomplete': '{count} assets still have an unconfirmed re-map.',
  'classification.level_unknown': 'Unknown classification level.',
  'classification.levels_required': 'The policy does not give the levels; enter them in the scheme editor.',
  'classification.no_scheme': 'No classification scheme has been entered.',
  'event.classification.version_created': 'Classification scheme version created',
  'event.classification.remap_confirmed': 'Classification re-map confirmed',
  'event.classification.version_activated': 'Classification scheme version activated',
};
