import { api, request } from '../../api/client.ts';

/** The kinds of public body (the server's `BODY_KINDS`); their names are in `texts.ts`. */
export const BODY_KINDS = [
  'municipality',
  'prefecture',
  'association',
  'assembly',
  'mutual_aid',
  'other',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** Records the body's kind in its settings (the settings route keeps the rest as they are; audited). */
export async function saveBodyKind(kind: string): Promise<void> {
  const settings = await api.get<Record<string, unknown>>('/api/org/settings');
  await request('PUT', '/api/org/settings', { ...settings, bodyKind: kind });
}
