import { addMessages } from '../../i18n/index.ts';
import type { FunctionDef } from '../module.ts';

/**
 * Role functions of the core: what a role may do in mamori itself. Which roles hold them is
 * data per organization (proposed from its policy), never decided by a role's title.
 */
export const orgFunctions: FunctionDef[] = [
  {
    key: 'org.admin',
    ja: '組織・役割・利用者の設定',
    en: 'Set up organization, roles and users',
    setup: true,
    description: {
      ja: '団体の情報、所属、役割、職員のアカウントを設定します。',
      en: 'Sets up the body’s details, units, roles and staff accounts.',
    },
  },
  {
    key: 'audit.read',
    ja: '監査ログの閲覧',
    en: 'Read the audit log',
    setup: true,
    description: {
      ja: 'だれがいつ何をしたかの記録（監査ログ）を見ます。',
      en: 'Reads the record of who did what and when (the audit log).',
    },
  },
  {
    key: 'org.read',
    ja: '職員・所属の閲覧',
    en: 'See people and units',
    setup: true,
    description: {
      ja: '職員の一覧と、その所属・役割を見ます。',
      en: 'Sees the list of staff with their units and roles.',
    },
  },
  {
    key: 'org.scope_all',
    ja: '全庁の記録の閲覧（所属による制限なし）',
    en: 'See records of the whole body (no unit limit)',
    description: {
      ja: '自分の所属に限らず、団体全体の記録を見ます。',
      en: 'Sees the records of the whole body, not only of one’s own unit.',
    },
  },
  {
    key: 'org.notices.send',
    ja: '職員への周知の発信と既読確認',
    en: 'Send notices to staff and see read receipts',
    description: {
      ja: '職員にお知らせを送り、だれが読んだかを確かめます。',
      en: 'Sends notices to staff and sees who has read them.',
    },
  },
  {
    key: 'org.review',
    ja: 'アクセス権の定期見直し',
    en: 'Review access rights periodically',
    description: {
      ja: '職員の役割やアクセス権が今も適切か、定期的に見直します。',
      en: 'Reviews periodically whether people’s roles and access are still right.',
    },
  },
];

const registry = new Map<string, FunctionDef>();

/** Registers the functions modules define (for labels and validation). */
export function registerFunctions(defs: FunctionDef[]): void {
  for (const d of defs) registry.set(d.key, d);
  // A refusal names the function by its label, never by its key (`common.forbidden`).
  addMessages(
    Object.fromEntries(defs.map((d) => [`function.${d.key}`, d.ja])),
    Object.fromEntries(defs.map((d) => [`function.${d.key}`, d.en])),
  );
}

/** All known function keys with labels. */
export function allFunctions(): FunctionDef[] {
  return [...registry.values()];
}

/** True when the key is a known function. */
export function isFunction(key: string): boolean {
  return registry.has(key);
}
