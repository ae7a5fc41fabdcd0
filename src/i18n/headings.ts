/**
 * Headings and words a body's own Excel or CSV sheets use, recognised when they are imported: the other
 * headings a column may carry beside its name (Japanese and English), and the words written for a coded
 * value (〇/×, 出席/欠席 …). Patterns of the language kept as data, one list for every import; keyed by
 * the import and its field (`org.people.staffNo`).
 */

/** Other headings a column may carry, by `import.field`. */
const HEADINGS: Record<string, string[]> = {
  'org.people.staffNo': ['職員No', '職員コード', '個人番号', '番号', 'Staff No', 'Employee number'],
  'org.people.displayName': ['名前', '職員名', '氏　名', 'Full name'],
  'org.people.loginId': ['ユーザーID', 'アカウント', 'ID', 'User ID'],
  'org.people.division': ['部名', '部局', 'Department'],
  'org.people.unit': ['課', '課名', '所属課', '所属名', '部署', 'Section'],
  'org.people.post': ['職名', '職', '役職名', 'Job title'],
  'org.people.employmentType': ['任用区分', '職員区分', 'Employment'],
  'org.people.email': ['メール', 'E-mail', 'Email'],
  'org.people.phone': ['内線', '電話', '内線番号', 'Extension'],
  'training.attendance.person': [
    '職員番号',
    'ログインID',
    '受講者',
    '職員名',
    '名前',
    'Staff number',
    'Login ID',
  ],
  'training.attendance.attended': ['受講', '出席', '受講状況', '出席状況', 'Attended'],
  'assets.assetNo': ['管理番号', '資産管理番号', '番号', 'No'],
  'assets.name': ['資産名', '情報資産名', '名称(件名)', '件名'],
  'assets.kind': ['資産の種類', '分類', '形態'],
  'assets.unit': ['担当課', '所属', '課名', '所管部署'],
  'assets.owner': ['管理者', '責任者', '担当者', '管理責任者氏名'],
  'assets.location': ['保管場所', '保存先', '場所'],
  'assets.retention': ['保存年限', '保管期間'],
  'assets.note': ['摘要'],
  'assessment.answers.no': ['No', '番号', '№'],
  'assessment.answers.area': ['区分', '対策区分', '項目区分'],
  'assessment.answers.clause': ['条項', '根拠', 'ポリシー条項'],
  'assessment.answers.question': ['点検内容', '質問', '確認事項', '項目', 'Question'],
  'assessment.answers.respondent': ['回答者氏名', '職員番号', '記入者'],
  'assessment.answers.unit': ['課', '課名', '回答課'],
  'assessment.answers.answer': ['結果', '点検結果', '評価', '実施状況', 'Result'],
  'assessment.answers.comment': ['備考', '意見', '改善内容', '所見', 'Remarks'],
};

/** Words written for each value of a coded column, by `import.field`. */
const VALUES: Record<string, Record<string, string[]>> = {
  'training.attendance.attended': {
    yes: ['出席', '受講', '受講済', '済', '○', '〇', '◯', '1', 'yes', 'true'],
    no: ['欠席', '未受講', '未', '×', '✕', '0', 'no', 'false'],
  },
  'assessment.answers.answer': {
    done: ['実施', '実施している', 'できている', '○', '〇', '◯', 'はい', 'done'],
    partial: ['一部実施', '一部', '△', 'partial'],
    not_done: ['未実施', '実施していない', 'できていない', '×', 'いいえ', 'not_done'],
    na: ['該当なし', '対象外', '－', '-', '―', 'na', 'n/a'],
  },
};

/** The other headings recognised for a column of an import. */
export function recognisedHeadings(importKey: string, field: string): string[] {
  return HEADINGS[`${importKey}.${field}`] ?? [];
}

/** The values of a coded column of an import, each with the words that mean it. */
export function recognisedValues(importKey: string, field: string): { value: string; labels: string[] }[] {
  return Object.entries(VALUES[`${importKey}.${field}`] ?? {}).map(([value, labels]) => ({ value, labels }));
}
