/**
 * What the server prints for operators at start-up and when it cannot start: a console has no reader, so
 * each line says it in Japanese, then in English. `{name}` placeholders are filled the same in both.
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
} satisfies Record<string, readonly [ja: string, en: string]>;

export type ConsoleKey = keyof typeof texts;
type Params = Record<string, string | number>;

const fill = (text: string, params: Params) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

/** The Japanese and the English of one line. */
export function consolePair(key: ConsoleKey, params: Params = {}): [ja: string, en: string] {
  const [ja, en] = texts[key];
  return [fill(ja, params), fill(en, params)];
}

/** One line for operators: Japanese, then English. */
export function consoleLine(key: ConsoleKey, params: Params = {}): string {
  return consolePair(key, params).join(' / ');
}

/** Every key with both texts, for the test that they have the same placeholders. */
export const consoleKeys = Object.keys(texts) as ConsoleKey[];
