/** Messages of directory sign-in and sync: error codes and audit event labels. */
export const ja: Record<string, string> = {
  'directory.unavailable':
    'ディレクトリ（{source}）に接続できないため、サインインできません。しばらくしてから再度お試しいただくか、システム担当にお問い合わせください。',
  'directory.not_configured': 'この組織ではディレクトリによるサインインが設定されていません。',
  'directory.not_in_group':
    'このアカウントには mamori の利用が許可されていません（ディレクトリのグループ）。',
  'directory.no_account':
    'mamori にこのアカウントがありません。組織の管理者に利用者の登録を依頼してください。',
  'directory.account_suspended': 'このアカウントは停止されています。組織の管理者にお問い合わせください。',
  'directory.login_id_taken':
    'ログインID「{loginId}」は既に使われています。管理者はディレクトリ設定でログインIDの接尾辞を設定してください。',
  'directory.oidc_failed': '{provider} でのサインインを完了できませんでした。もう一度お試しください。',
  'directory.oidc_expired': 'サインインの有効期限が切れました。もう一度お試しください。',
  'directory.required': 'ディレクトリ連携を有効にするには入力が必要です。',
  'directory.plain_ldap_refused':
    '暗号化されない LDAP は使えません。ldaps:// を使うか StartTLS を有効にしてください（検証環境に限り「平文 LDAP を許可」で使えます）。',
  'directory.insecure_issuer':
    'http:// の発行者は使えません。https:// を指定してください（検証環境に限り「http を許可」で使えます）。',
  'directory.bad_url': 'URL の形式が正しくありません。',
  'directory.openid_scope': 'スコープに openid を含めてください。',
  'directory.unknown_role': 'グループに対応付けた役割が見つかりません（{field}）。',
  'directory.ldap_failed': 'ディレクトリでエラーが発生しました: {detail}',
  'directory.sync_running': 'この組織の同期は実行中です。終わってから再度お試しください。',
  'directory.run_not_preview': 'この実行結果は適用済みか期限切れです。もう一度ドライランを行ってください。',
  'directory.run_expired': 'ドライランから 1 時間以上たちました。もう一度ドライランを行ってください。',
  'directory.mass_suspension':
    '停止の対象が {suspensions} 件（ディレクトリ利用者 {accounts} 件の {percent}%）あり、上限 {max}% を超えています。内容を確認のうえ「多数の停止を承認」を選んでください。',
  'directory.review_decided': 'この確認事項は判断済みです。',
  'directory.cannot_mark_self': '自分自身のアカウントの種別は変更できません。',
  'event.directory.settings_changed': 'ディレクトリ連携の設定変更',
  'event.directory.sign_in_failed': 'ディレクトリでのサインイン失敗',
  'event.directory.account_created': 'ディレクトリからの利用者登録',
  'event.directory.account_linked': 'ディレクトリのアカウントと連携',
  'event.directory.account_local': 'ローカルアカウント指定の変更',
  'event.directory.sync_previewed': 'ディレクトリ同期のドライラン',
  'event.directory.sync_applied': 'ディレクトリ同期の適用',
  'event.directory.sync_held': 'ディレクトリ同期の保留（停止が多数）',
  'event.directory.sync_failed': 'ディレクトリ同期の失敗',
  'event.directory.leaver_suspended': '退職・離籍者のアカウント停止',
  'event.directory.leaver_reactivated': 'ディレクトリに戻った利用者の再開',
  'event.directory.review_opened': '役割の見直しが必要な変更',
  'event.directory.review_decided': '役割の見直しの判断',
};

export const en: Record<string, string> = {
  'directory.unavailable':
    'The directory ({source}) cannot be reached, so sign-in is not possible. Try again later or contact your system administrator.',
  'directory.not_configured': 'This organization has no directory sign-in set up.',
  'directory.not_in_group': 'This account is not allowed to use mamori (directory group).',
  'directory.no_account':
    'There is no mamori account for you. Ask your organization’s administrator to add you.',
  'directory.account_suspended': 'This account is suspended. Contact your organization’s administrator.',
  'directory.login_id_taken':
    'The login ID “{loginId}” is already used. An administrator can set a login ID suffix in the directory settings.',
  'directory.oidc_failed': 'Signing in with {provider} could not be completed. Please try again.',
  'directory.oidc_expired': 'The sign-in took too long. Please try again.',
  'directory.required': 'Required to switch directory sign-in on.',
  'directory.plain_ldap_refused':
    'Unencrypted LDAP is refused. Use ldaps:// or switch StartTLS on (a test lab may allow plain LDAP explicitly).',
  'directory.insecure_issuer':
    'An http:// issuer is refused. Use https:// (a test lab may allow http explicitly).',
  'directory.bad_url': 'The URL is not valid.',
  'directory.openid_scope': 'Include openid in the scopes.',
  'directory.unknown_role': 'The role mapped to a group was not found ({field}).',
  'directory.ldap_failed': 'The directory reported an error: {detail}',
  'directory.sync_running': 'A sync of this organization is running. Try again when it has finished.',
  'directory.run_not_preview': 'This run was already applied or has expired. Do a new dry run.',
  'directory.run_expired': 'The dry run is more than an hour old. Do a new dry run.',
  'directory.mass_suspension':
    '{suspensions} suspensions ({percent}% of {accounts} directory accounts) exceed the limit of {max}%. Check them and choose “approve many suspensions”.',
  'directory.review_decided': 'This item has already been decided.',
  'directory.cannot_mark_self': 'You cannot change the kind of your own account.',
  'event.directory.settings_changed': 'Directory settings changed',
  'event.directory.sign_in_failed': 'Directory sign-in failed',
  'event.directory.account_created': 'Account added from the directory',
  'event.directory.account_linked': 'Account linked to the directory',
  'event.directory.account_local': 'Local account designation changed',
  'event.directory.sync_previewed': 'Directory sync dry run',
  'event.directory.sync_applied': 'Directory sync applied',
  'event.directory.sync_held': 'Directory sync held (many suspensions)',
  'event.directory.sync_failed': 'Directory sync failed',
  'event.directory.leaver_suspended': 'Leaver suspended',
  'event.directory.leaver_reactivated': 'Returned to the directory: reactivated',
  'event.directory.review_opened': 'Change that needs a role review',
  'event.directory.review_decided': 'Role review decided',
};
