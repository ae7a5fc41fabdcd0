/** The notifications API: the caller's own list, unread count and mark-read. */
import { api } from '../../api/client.ts';

export interface Notification {
  id: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export const UNREAD_CHANGED = 'mamori:notifications-changed';

export const listNotifications = (limit = 30) =>
  api.get<{ items: Notification[] }>(`/api/notifications?limit=${limit}`).then((r) => r.items);
export const unreadCount = () =>
  api.get<{ unread: number }>('/api/notifications/unread-count', { background: true }).then((r) => r.unread);
export async function markRead(ids?: string[]): Promise<void> {
  await api.post('/api/notifications/read', ids ? { ids } : {});
  window.dispatchEvent(new Event(UNREAD_CHANGED));
}
