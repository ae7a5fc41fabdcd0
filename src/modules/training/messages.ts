/** Texts of the training module. */
export const ja: Record<string, string> = {
  'training.bad_rows': '取り込めない行があります（{rows}）。何も取り込んでいません。',
  'training.no_header': '1行目に「ログインID」と「出欠」の列が必要です。',
  'event.training.plan_created': '研修計画の作成',
  'event.training.session_added': '研修日程の追加',
  'event.training.attendance_recorded': '研修出欠の記録',
  'event.training.checked': '研修受講状況の確認',
  'event.training.reminded': '研修未受講者への通知',
  'notice.training.missed.title': '研修「{plan}」を受講していません',
  'notice.training.missed.body': '次回の受講または補講を受けてください。',
  'notice.training.missed_organized.title': '研修「{plan}」を受講していません',
  'notice.training.missed_organized.body': '実施: {organizer}。次回の受講または補講を受けてください。',
  'training.import.unknown_login': 'ログインID「{login}」の職員がいません',
  'training.import.duplicate_login': 'ログインID「{login}」が重複しています',
  'training.import.bad_mark': '出欠「{mark}」を読めません',
};
export const en: Record<string, string> = {
  'training.bad_rows': 'Some rows cannot be imported ({rows}). Nothing was imported.',
  'training.no_header': 'The first row must have the columns ログインID and 出欠.',
  'event.training.plan_created': 'Training plan created',
  'event.training.session_added': 'Training session added',
  'event.training.attendance_recorded': 'Training attendance recorded',
  'event.training.checked': 'Training attendance checked',
  'event.training.reminded': 'People who missed training reminded',
  'notice.training.missed.title': 'You have not attended the training “{plan}”',
  'notice.training.missed.body': 'Please attend the next session or a make-up session.',
  'notice.training.missed_organized.title': 'You have not attended the training “{plan}”',
  'notice.training.missed_organized.body':
    'Held by {organizer}. Please attend the next session or a make-up session.',
  'training.import.unknown_login': 'No member of staff has the login ID “{login}”',
  'training.import.duplicate_login': 'The login ID “{login}” appears twice',
  'training.import.bad_mark': 'Cannot read the attendance mark “{mark}”',
};
