/** Labels of the core audit events (each module adds its own `event.*` labels). */
export const ja: Record<string, string> = {
  'audit.export_too_many':
    '条件に合う記録が {count} 件あり、CSV の上限（{max} 件）を超えています。期間などで絞り込んでください（署名付きの全件出力は npm run audit:verify -- --export で行えます）。',
  'audit.checkpoint_rewritten':
    '監査ログが書き換えられています: {at} のチェックポイントで確認した記録（#{seq}）の内容が異なります。システム管理者に連絡してください。',
  'audit.checkpoint_truncated':
    '監査ログの末尾が削除されています: {at} のチェックポイントにある記録（#{seq}）がありません。システム管理者に連絡してください。',
  'audit.checkpoint_untrusted_checkpoint':
    'チェックポイントのファイルが改変されています（{at}、#{seq} の署名が正しくありません）。システム管理者に連絡してください。',
  'event.accounts.signed_in': 'サインイン',
  'event.records.exported': '台帳・記録簿を出力',
  'event.accounts.sign_in_failed': 'サインイン失敗',
  'event.accounts.locked_out': 'アカウント一時ロック',
  'event.accounts.password_check_failed': '現在のパスワードの確認失敗',
  'event.accounts.reauthenticated': 'パスワードの再入力',
  'event.accounts.signed_out': 'サインアウト',
  'event.accounts.password_changed': 'パスワード変更',
  'event.accounts.password_set': 'パスワード設定',
  'event.accounts.totp_enrolled': '認証アプリ登録',
  'event.accounts.totp_removed': '認証アプリ削除',
  'event.accounts.webauthn_added': 'セキュリティキー登録',
  'event.accounts.webauthn_removed': 'セキュリティキー削除',
  'event.accounts.recovery_codes_issued': 'リカバリーコード発行',
  'event.accounts.organization_switched': '組織切替',
  'event.org.organization_created': '組織作成',
  'event.org.settings_changed': '組織設定変更',
  'event.org.unit_created': '所属作成',
  'event.org.role_created': '役割作成',
  'event.org.role_functions_set': '役割の権限設定',
  'event.org.user_created': '利用者作成',
  'event.org.role_assigned': '役割の割当て',
};

export const en: Record<string, string> = {
  'audit.export_too_many':
    '{count} events match, more than one CSV holds ({max}). Narrow the period or other filters (a signed export of everything: npm run audit:verify -- --export).',
  'audit.checkpoint_rewritten':
    'The audit log has been rewritten: entry #{seq}, pinned by the checkpoint of {at}, has changed. Contact the system administrator.',
  'audit.checkpoint_truncated':
    'The end of the audit log has been deleted: entry #{seq}, pinned by the checkpoint of {at}, is gone. Contact the system administrator.',
  'audit.checkpoint_untrusted_checkpoint':
    'A checkpoint file has been altered (the signature of #{seq} at {at} does not verify). Contact the system administrator.',
  'event.accounts.signed_in': 'Signed in',
  'event.records.exported': 'Exported a register or record book',
  'event.accounts.sign_in_failed': 'Sign-in failed',
  'event.accounts.locked_out': 'Account locked',
  'event.accounts.password_check_failed': 'Current password check failed',
  'event.accounts.reauthenticated': 'Password re-entered',
  'event.accounts.signed_out': 'Signed out',
  'event.accounts.password_changed': 'Password changed',
  'event.accounts.password_set': 'Password set',
  'event.accounts.totp_enrolled': 'Authenticator app enrolled',
  'event.accounts.totp_removed': 'Authenticator app removed',
  'event.accounts.webauthn_added': 'Security key added',
  'event.accounts.webauthn_removed': 'Security key removed',
  'event.accounts.recovery_codes_issued': 'Recovery codes issued',
  'event.accounts.organization_switched': 'Organization switched',
  'event.org.organization_created': 'Organization created',
  'event.org.settings_changed': 'Organization settings changed',
  'event.org.unit_created': 'Unit created',
  'event.org.role_created': 'Role created',
  'event.org.role_functions_set': 'Role permissions set',
  'event.org.user_created': 'User created',
  'event.org.role_assigned': 'Role assigned',
};
