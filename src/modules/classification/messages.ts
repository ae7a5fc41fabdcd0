/** Messages of classification schemes. */
export const ja: Record<string, string> = {
  'classification.pending_exists':
    '確認待ちの分類体系の版があります。先に読替えの確認と有効化を済ませてください。',
  'classification.not_pending': 'この版は確認待ちではありません。',
  'classification.remap_incomplete': '読替えが確認されていない資産が {count} 件あります。',
  'classification.level_unknown': '分類の区分が見つかりません。',
  'classification.levels_required': '区分が方針本文にないため、分類体系の画面で区分を入力してください。',
  'classification.no_scheme': '分類体系が登録されていません。',
  'classification.standard.confidentiality.3':
    '行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産',
  'classification.standard.confidentiality.2':
    '行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報資産',
  'classification.standard.confidentiality.1': '機密性2又は機密性3の情報資産以外の情報資産',
  'classification.standard.integrity.2':
    '行政事務で取り扱う情報資産のうち、改ざん、誤びゅう又は破損により、住民の権利が侵害される又は行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産',
  'classification.standard.integrity.1': '完全性2の情報資産以外の情報資産',
  'classification.standard.availability.2':
    '行政事務で取り扱う情報資産のうち、滅失、紛失又は当該情報資産が利用不可能であることにより、住民の権利が侵害される又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産',
  'classification.standard.availability.1': '可用性2の情報資産以外の情報資産',
  'classification.standard.plain.I': '最も重要な情報資産',
  'classification.standard.plain.II': '公表を前提としない情報資産',
  'classification.standard.plain.III': 'その他の情報資産',
  'classification.proposal.title': '情報資産の分類（{name}）',
  'classification.proposal.title_standard': '情報資産の分類（{axes}）— 区分はガイドラインの標準を提案します',
  'classification.proposal.detail_standard':
    '方針は {axes} で分類すると定めていますが、区分（レベル）は本文にありません。総務省ガイドラインの標準の区分（{summary}）で始め、分類体系の画面で変更できます。',
  'classification.proposal.designators': '。指定できる役割: {roles}（分類を指定する権限の割当てが必要）',
  'classification.proposal.separator': '、',
  'event.classification.version_created': '分類体系の版を作成',
  'event.classification.remap_confirmed': '分類の読替えを確認',
  'event.classification.version_activated': '分類体系の版を有効化',
  'classification.unclassified': '未分類',
};

export const en: Record<string, string> = {
  'classification.pending_exists':
    'A scheme version is waiting for its re-map review. Confirm and activate it first.',
  'classification.not_pending': 'This version is not waiting for review.',
  'classification.remap_incomplete': '{count} assets still have an unconfirmed re-map.',
  'classification.level_unknown': 'Unknown classification level.',
  'classification.levels_required': 'The policy does not give the levels; enter them in the scheme editor.',
  'classification.no_scheme': 'No classification scheme has been entered.',
  'classification.standard.confidentiality.3':
    'Information assets handled in administrative work that need confidentiality equal to secret documents',
  'classification.standard.confidentiality.2':
    'Information assets handled in administrative work that do not need the confidentiality of secret documents but are not meant for immediate publication',
  'classification.standard.confidentiality.1': 'Information assets other than confidentiality 2 or 3',
  'classification.standard.integrity.2':
    "Information assets handled in administrative work whose alteration, error or damage could infringe residents' rights or hinder the proper conduct of administrative work (minor cases excepted)",
  'classification.standard.integrity.1': 'Information assets other than integrity 2',
  'classification.standard.availability.2':
    "Information assets handled in administrative work whose loss or unavailability could infringe residents' rights or hinder the stable conduct of administrative work (minor cases excepted)",
  'classification.standard.availability.1': 'Information assets other than availability 2',
  'classification.standard.plain.I': 'The most important information assets',
  'classification.standard.plain.II': 'Information assets not meant for publication',
  'classification.standard.plain.III': 'Other information assets',
  'classification.proposal.title': 'Classification of information assets ({name})',
  'classification.proposal.title_standard':
    "Classification of information assets ({axes}) — levels proposed from the guideline's standard",
  'classification.proposal.detail_standard':
    "The policy classifies by {axes} but does not give the levels. Start from the guideline's standard levels ({summary}) and change them in the scheme editor.",
  'classification.proposal.designators':
    '. Roles that may designate: {roles} (needs the designating permission assigned)',
  'classification.proposal.separator': ', ',
  'event.classification.version_created': 'Classification scheme version created',
  'event.classification.remap_confirmed': 'Classification re-map confirmed',
  'event.classification.version_activated': 'Classification scheme version activated',
  'classification.unclassified': 'Unclassified',
};
