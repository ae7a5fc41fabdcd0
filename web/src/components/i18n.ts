/** Strings of the shared components (ja first, en second). */
import type { Lang } from '../i18n/index.tsx';

const ja = {
  empty: 'まだ登録がありません。',
  choose: '選択してください',
  noUnit: '（所属なし）',
  unitsFailed: '所属の一覧を読み込めませんでした。',
  peopleFailed: '職員の一覧を読み込めませんでした。',
  menu: 'メニュー',
  edit: '編集',
  cancel: 'キャンセル',
  noLabel: '（表示名未登録の権限）',
};

const en: typeof ja = {
  empty: 'Nothing registered yet.',
  choose: 'Choose…',
  noUnit: '(no unit)',
  unitsFailed: 'Could not load the units.',
  peopleFailed: 'Could not load the people.',
  menu: 'Menu',
  edit: 'Edit',
  cancel: 'Cancel',
  noLabel: '(function without a label)',
};

export function componentTexts(lang: Lang) {
  return lang === 'en' ? en : ja;
}
