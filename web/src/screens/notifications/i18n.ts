/** Strings of the notification bell and list (Japanese first, English second). */
import { defineTexts } from '../../i18n/define.ts';

const ja = {
  title: 'お知らせ',
  bell: 'お知らせ',
  unread: '未読 {n} 件',
  none: 'お知らせはありません。',
  markAll: 'すべて既読にする',
  markRead: '既読にする',
  all: 'すべて見る',
  isUnread: '未読',
  open: '開く',
};
const en: typeof ja = {
  title: 'Notifications',
  bell: 'Notifications',
  unread: '{n} unread',
  none: 'No notifications.',
  markAll: 'Mark all read',
  markRead: 'Mark read',
  all: 'See all',
  isUnread: 'Unread',
  open: 'Open',
};

export const notificationTexts = defineTexts(ja, en);
