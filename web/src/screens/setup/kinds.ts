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

/**
 * The kind a body's name says (岡山県職員共済組合 → mutual aid, ○○清掃一部事務組合 → association, ○○市 →
 * municipality), offered as the choice until the person picks one; '' when the name says nothing.
 */
export function kindFromName(name: string): BodyKind | '' {
  const n = name.trim();
  if (/共済組合|共済会$/.test(n)) return 'mutual_aid';
  if (/議会$/.test(n)) return 'assembly';
  if (/(組合|広域連合|連合|協議会)$/.test(n)) return 'association';
  if (/(都|道|府|県)$/.test(n)) return 'prefecture';
  if (/(市|区|町|村)$/.test(n)) return 'municipality';
  return '';
}

/** Records the body's kind in its settings (the settings route keeps the rest as they are; audited). */
export async function saveBodyKind(kind: string): Promise<void> {
  const settings = await api.get<Record<string, unknown>>('/api/org/settings');
  await request('PUT', '/api/org/settings', { ...settings, bodyKind: kind });
}
