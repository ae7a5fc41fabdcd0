/** Messages of sign-in, passwords and second factors. */
export const ja: Record<string, string> = {
  'auth.invalid_credentials': 'ログインIDまたはパスワードが正しくありません。',
  'auth.locked':
    '失敗が続いたため、しばらくサインインできません。{minutes} 分ほどおいてから再度お試しください。',
  'auth.step_required': 'サインインの手続きが完了していません（次の手順: {stage}）。',
  'auth.wrong_stage': 'この手順は現在行えません。',
  'auth.bad_code': '確認コードが正しくありません。',
  'auth.totp_not_set_up': '認証アプリが登録されていません。',
  'auth.totp_already_set_up': '認証アプリは既に登録されています。登録し直すには、先に削除してください。',
  'auth.webauthn_failed': 'セキュリティキーを確認できませんでした。',
  'auth.current_password_wrong': '現在のパスワードが正しくありません。',
  'auth.current_password_required': '現在のパスワードを入力してください。',
  'auth.last_factor': '最後の二要素認証の手段は削除できません。',
  'auth.reauth_required':
    '二要素認証の設定を変更するには、パスワードを入力し直してください（入力から {minutes} 分間有効です）。',
  'auth.reauth_unavailable':
    'このアカウントにはここで確認できるパスワードがありません。設定の変更は管理者に依頼してください。',
  'auth.no_local_password':
    'このアカウントのパスワードはディレクトリで管理されています。ディレクトリ側で変更してください。',
  'password.too_short': 'パスワードが短すぎます（{min} 文字以上）。',
  'password.needs_upper': '英大文字を含めてください。',
  'password.needs_lower': '英小文字を含めてください。',
  'password.needs_digit': '数字を含めてください。',
  'password.needs_symbol': '記号を含めてください。',
  'password.contains_login_id': 'ログインIDを含むパスワードは使えません。',
  'password.common': 'よく使われるパスワードは使えません。',
  'password.same_as_current': '現在と同じパスワードは使えません。',
  'org.code_taken': '組織コード「{code}」は既に使われています。',
  'auth.webauthn_default_label': 'セキュリティキー',
};

export const en: Record<string, string> = {
  'auth.invalid_credentials': 'The login ID or password is not correct.',
  'auth.locked': 'Too many failed attempts. Try again in about {minutes} minutes.',
  'auth.step_required': 'Sign-in is not complete (next step: {stage}).',
  'auth.wrong_stage': 'This step is not available now.',
  'auth.bad_code': 'The code is not correct.',
  'auth.totp_not_set_up': 'No authenticator app is registered.',
  'auth.totp_already_set_up':
    'An authenticator app is already registered. Remove it first to register another.',
  'auth.webauthn_failed': 'The security key could not be verified.',
  'auth.current_password_wrong': 'The current password is not correct.',
  'auth.current_password_required': 'Enter the current password.',
  'auth.last_factor': 'The last second factor cannot be removed.',
  'auth.reauth_required':
    'Enter your password again to change second-factor settings (it counts for {minutes} minutes).',
  'auth.reauth_unavailable':
    'This account has no password that can be checked here. Ask an administrator to change these settings.',
  'auth.no_local_password': 'The password of this account is managed by the directory. Change it there.',
  'password.too_short': 'The password is too short (at least {min} characters).',
  'password.needs_upper': 'Include an upper-case letter.',
  'password.needs_lower': 'Include a lower-case letter.',
  'password.needs_digit': 'Include a digit.',
  'password.needs_symbol': 'Include a symbol.',
  'password.contains_login_id': 'The password must not contain the login ID.',
  'password.common': 'This password is too common.',
  'password.same_as_current': 'The new password must differ from the current one.',
  'org.code_taken': 'The organization code “{code}” is already used.',
  'auth.webauthn_default_label': 'Security key',
};
