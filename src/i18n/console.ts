/**
 * What the server and its command-line tools print for operators (start-up, why it cannot start, backup,
 * restore, audit verification, the policy reader): a console has no reader, so each line says it in
 * Japanese, then in English. `{name}` placeholders are filled with the same value in both, or with the
 * matching half of a `{ ja, en }` value.
 */
const texts = {
  'config.whole_number': ['は 0〜{max} の整数で指定してください', 'must be a whole number from 0 to {max}'],
  'config.on_off': ['は on か off で指定してください', 'must be on or off'],
  'config.backup_times': [
    'は日本時間の時刻 HH:MM（カンマ区切りで複数可）か off で指定してください',
    'must be Japan times HH:MM (several separated by commas) or off',
  ],
  'config.sqlite_sync': ['は flush か full で指定してください', 'must be flush or full'],
  'config.tls_pair': [
    'TLS_CERT と TLS_KEY は両方とも指定してください',
    'TLS_CERT and TLS_KEY must both be set',
  ],
  'config.syslog': [
    'は syslog サーバーの「ホスト:ポート」で指定してください',
    'must be the syslog server as host:port',
  ],
  'config.size': ['は 50m のように大きさで指定してください', 'must be a size such as 50m'],
  'config.rotate': ['は daily, hourly, off のいずれかです', 'must be daily, hourly or off'],
  'config.port': ['PORT はポート番号で指定してください', 'PORT must be a port number'],
  'config.unreadable_file': ['{name} のファイル {file} を読めません', 'cannot read {name} {file}'],
  'lock.in_use': [
    'データディレクトリ {dir} は別のプロセス (PID {pid}) が使用中です。',
    'The data directory {dir} is in use by another process (PID {pid}).',
  ],
  'backup.before_migration': [
    '{count} 件の移行の前にバックアップを作成します: {file}',
    'backing up before {count} migration(s): {file}',
  ],
  'backup.before_migration_failed': [
    '移行前のバックアップに失敗したため、データベースを変更せずに停止しました（{error}）。BACKUP_DIR の空き容量と権限を確認してください（自分でバックアップを取った場合に限り BACKUP_BEFORE_MIGRATION=off で省略できます）。',
    'Stopped without changing the database: the backup before migrations failed ({error}). Check BACKUP_DIR (space, permissions); BACKUP_BEFORE_MIGRATION=off skips it only if you took your own backup.',
  ],
  'signing_key.not_pem': [
    '{where} は Ed25519 の秘密鍵（PEM）ではありません',
    '{where} is not an Ed25519 private key (PEM)',
  ],
  'signing_key.not_ed25519': [
    '{where} の鍵は Ed25519 ではありません（{type}）',
    'the key in {where} is not Ed25519 ({type})',
  ],
  'signing_key.unreadable': [
    '署名鍵のファイル {file} を読めません',
    'cannot read the signing key file {file}',
  ],
  'start.initial_admin': [
    '初期管理者: ログインID「admin」、初期パスワード {password}',
    'initial administrator: login ID "admin", one-time password: {password}',
  ],
  'start.sample_users': [
    'サンプル組織（{names}）の利用者と初期パスワード: {file}',
    'sample users of {names} and their one-time passwords: {file}',
  ],
  'start.no_samples': [
    'サンプル組織はありません。サインイン後のホーム画面で作成できます（または MAMORI_DEMO=1 で起動）',
    'no sample organizations: add them from the home screen after signing in (or start with MAMORI_DEMO=1)',
  ],
  'start.admin_role': ['システム管理者', 'system administrator'],
  'start.no_role': ['職員', 'staff'],
  'backup.no_database': ['データベースがありません: {file}', 'no database at {file}'],
  'backup.written': [
    'バックアップを作成し検証しました: {file}（{bytes} バイト、{organizations} 組織、監査ログ {events} 件）',
    'backup written and verified: {file} ({bytes} bytes, {organizations} organizations, {events} audit events)',
  ],
  'backup.failed': ['バックアップに失敗しました: {error}', 'backup failed: {error}'],
  'restore.usage': ['使い方: npm run restore -- BACKUP_FILE', 'usage: npm run restore -- BACKUP_FILE'],
  'restore.not_empty': [
    '復元先のデータベースが空ではありません。空のデータベースにだけ復元できます。',
    'the target database is not empty; restore only into an empty one.',
  ],
  'restore.file_exists': [
    '復元先にデータベース {file} があります。空のデータディレクトリにだけ復元できます。',
    '{file} exists; restore only into an empty data directory.',
  ],
  'restore.done': [
    '復元しました。監査ログを確認してください: mamori audit-verify (npm run audit:verify)',
    'restored; now verify the audit log: mamori audit-verify (npm run audit:verify)',
  ],
  'audit_verify.kind.rewritten': ['書き換えられています', 'rewritten'],
  'audit_verify.kind.truncated': ['末尾が削除されています', 'truncated'],
  'audit_verify.kind.untrusted_checkpoint': [
    'チェックポイントの署名が不正です',
    'checkpoint signature invalid',
  ],
  'audit_verify.trusted_key': ['信頼する公開鍵', 'a trusted key'],
  'audit_verify.own_key_only': ['同梱の公開鍵のみ', 'its own public key only'],
  'audit_verify.against_checkpoint': ['{key}、チェックポイント seq {seq}', '{key}, checkpoint seq {seq}'],
  'audit_verify.export_ok': [
    '{count} 件の監査ログを検証しました（公開鍵 {fingerprint}、{against}）',
    'verified {count} events (public key {fingerprint}; {against})',
  ],
  'audit_verify.first_break': ['最初の不整合: seq {seq} ({reason})', 'first break: seq {seq} ({reason})'],
  'audit_verify.export_failed': ['検証に失敗しました: {problem}{at}', 'verification failed: {problem}{at}'],
  'audit_verify.chain_broken': [
    '改ざんまたは欠落を検出しました — 組織 {org}、seq {seq}、イベント {event}、{reason}',
    'chain broken — organization {org}, seq {seq}, event {event}, {reason}',
  ],
  'audit_verify.checkpoint_mismatch': [
    '組織 {org} の監査ログは {at} のチェックポイント（seq {seq}）と一致しません: {kind}',
    'organization {org} does not match its checkpoint of {at} (seq {seq}): {kind}',
  ],
  'audit_verify.intact': [
    '{organizations} 組織・{count} 件の監査ログのハッシュチェーンは正常です（チェックポイント {checked} 件と一致、{ms} ms）',
    'chains intact: {organizations} organizations, {count} events, {checked} checkpoints match ({ms} ms)',
  ],
  'audit_verify.no_org': ['組織 {code} はありません', 'no organization {code}'],
  'audit_verify.no_signing_key': [
    '注意: 署名鍵がないため、チェックポイントは照合しません',
    'note: no signing key here, checkpoints are not compared',
  ],
  'audit_verify.export_needs_org': [
    '--export には --org CODE が必要です',
    '--org CODE is required with --export',
  ],
  'audit_verify.not_signed': [
    '検証に失敗した監査ログには署名しません',
    'a log that fails verification is not signed',
  ],
  'policy_cli.title': ['タイトル', 'title'],
  'policy_cli.issuer': ['発行者', 'issuer'],
  'policy_cli.kinds': ['種別', 'kinds'],
  'policy_cli.dates': ['日付', 'dates'],
  'policy_cli.clauses': ['条項', 'clauses'],
  'policy_cli.titled': ['見出しあり', 'with a heading'],
  'policy_cli.roles': ['役割', 'roles'],
  'policy_cli.committees': ['委員会', 'committees'],
  'policy_cli.classification': ['分類', 'classification'],
  'policy_cli.segments': ['ネットワーク', 'segments'],
  'policy_cli.obligations': ['義務', 'obligations'],
  'policy_cli.warnings': ['警告', 'warnings'],
  'policy_cli.blank_line': ['空行', 'blank line'],
  'policy_cli.not_read': ['（読まれていません）', '(not read)'],
  'policy_cli.error': ['エラー: {message} [{code}]', 'error: {message} [{code}]'],
  'policy_cli.no_file': ['エラー: ファイルがありません: {file}', 'error: no such file: {file}'],
  // The role column of DATA_DIR/initial-passwords.txt for a sample person who holds no role.
  'samples.no_role': ['職員', 'staff'],
} satisfies Record<string, readonly [ja: string, en: string]>;

export type ConsoleKey = keyof typeof texts;
/** A parameter: the same in both languages, or a `{ ja, en }` pair (another line's two halves). */
type Params = Record<string, string | number | { ja: string; en: string }>;

const fill = (text: string, params: Params, lang: 'ja' | 'en') =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => {
    if (!(k in params)) return m;
    const v = params[k];
    return typeof v === 'object' ? v[lang] : String(v);
  });

/** The Japanese and the English of one line. */
export function consolePair(key: ConsoleKey, params: Params = {}): [ja: string, en: string] {
  const [ja, en] = texts[key];
  return [fill(ja, params, 'ja'), fill(en, params, 'en')];
}

/** One line's two halves as a parameter of another line. */
export function consoleWords(key: ConsoleKey, params: Params = {}): { ja: string; en: string } {
  const [ja, en] = consolePair(key, params);
  return { ja, en };
}

/** One line for operators: Japanese, then English. */
export function consoleLine(key: ConsoleKey, params: Params = {}): string {
  return consolePair(key, params).join(' / ');
}

/** Every key with both texts, for the test that they have the same placeholders. */
export const consoleKeys = Object.keys(texts) as ConsoleKey[];
