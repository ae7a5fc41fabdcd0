/** Texts of the accounts' sign-in sources on the directory settings screen. */
import { defineTexts } from '../../i18n/define.ts';

export const accountTexts = defineTexts(
  {
    title: 'アカウントのサインイン方法',
    lead: '「ローカルに指定」した人（非常時用の管理者など）は mamori のパスワードと二要素認証でサインインし、ディレクトリが止まっていても使えます。同期はその人を連携も停止もしません。',
    sources: { ldap: 'LDAP', oidc: 'OpenID Connect', local: 'ローカル（指定）', none: '未連携' },
    statuses: { active: '在職', suspended: '停止中', retired: '退職' } as Record<string, string>,
    makeLocal: 'ローカルに指定',
    unmark: '指定を解除',
    columns: {
      loginId: 'ログインID',
      name: '氏名',
      unit: '所属',
      source: 'サインイン方法',
      status: '状態',
      action: '操作',
    },
  },
  {
    title: 'How each account signs in',
    lead: 'People kept local (a break-glass administrator) sign in with a mamori password and second factor, also while the directory is down. No sync links or suspends them.',
    sources: { ldap: 'LDAP', oidc: 'OpenID Connect', local: 'Local (kept)', none: 'Not linked' },
    statuses: { active: 'Active', suspended: 'Suspended', retired: 'Retired' },
    makeLocal: 'Keep local',
    unmark: 'Stop keeping local',
    columns: {
      loginId: 'Login ID',
      name: 'Name',
      unit: 'Unit',
      source: 'Signs in with',
      status: 'Status',
      action: 'Action',
    },
  },
);
