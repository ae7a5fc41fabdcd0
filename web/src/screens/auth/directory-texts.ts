/** Texts of an organization's own sign-in page (Japanese first, English). */
import { defineTexts } from '../../i18n/define.ts';

export const directorySignInTexts = defineTexts(
  {
    with: '{label}でサインイン',
    or: 'または、ログインIDとパスワードでサインイン',
    ldapHint: 'ログインIDとパスワードは、庁内のパソコンにサインインするときと同じものです。',
    errors: {
      oidc_failed: 'サインインを完了できませんでした。もう一度お試しください。',
      oidc_expired: 'サインインの有効期限が切れました。もう一度お試しください。',
      unavailable:
        '認証サービスに接続できないため、サインインできません。しばらくしてから再度お試しください。',
      no_account: 'mamori にあなたのアカウントがありません。組織の管理者に利用者の登録を依頼してください。',
      suspended: 'このアカウントは停止されています。組織の管理者にお問い合わせください。',
      login_id_taken: 'ログインIDが他のアカウントと重なっています。組織の管理者にお問い合わせください。',
    } as Record<string, string>,
  },
  {
    with: 'Sign in with {label}',
    or: 'Or sign in with a login ID and password',
    ldapHint: 'Your login ID and password are the ones you use to sign in to your office computer.',
    errors: {
      oidc_failed: 'Sign-in could not be completed. Please try again.',
      oidc_expired: 'The sign-in took too long. Please try again.',
      unavailable: 'The sign-in service cannot be reached. Please try again later.',
      no_account: 'There is no mamori account for you. Ask your organization’s administrator to add you.',
      suspended: 'This account is suspended. Contact your organization’s administrator.',
      login_id_taken:
        'Your login ID clashes with another account. Contact your organization’s administrator.',
    } as Record<string, string>,
  },
);
