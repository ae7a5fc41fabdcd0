/** Messages of notifications. */
export const ja: Record<string, string> = {
  'event.notifications.read': '通知を既読にした',
};

export const en: Record<string, string> = {
  'event.notifications.read': 'Marked notifications read',
};
