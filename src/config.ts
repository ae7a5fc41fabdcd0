import path from 'node:path';
import { type ConsoleKey, consoleLine, consolePair } from './i18n/console.ts';

/** Runtime configuration, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: string;
  /** Public origin used for WebAuthn (rp id and expected origin). */
  publicOrigin: string;
  smtpUrl: string | undefined;
  /** Certificate and key files (PEM) when mamori serves HTTPS itself. */
  tls: { certFile: string; keyFile: string } | null;
  /** JSON log to a file with rotation instead of standard output. */
  log: { file: string; size: string; frequency: 'daily' | 'hourly' | null; keep: number } | null;
  backup: BackupConfig;
  audit: AuditConfig;
  /** The job queue: jobs run at once by this instance, and days finished jobs are kept. */
  jobs: { concurrency: number; keepDays: number };
  /** SQLITE_SYNC: how a SQLite commit reaches the disk before the writer is answered (`src/db/connect.ts`). */
  sqliteSync: 'flush' | 'full';
  /** MAMORI_DEMO=1: set up the sample organizations at first start (otherwise only when asked on screen). */
  demo: boolean;
}

/** Where the audit log's trust lives outside the database. */
export interface AuditConfig {
  /**
   * MAMORI_SIGNING_KEY: the Ed25519 private key (PEM) or the path of a file holding it. Unset: the file
   * `signing-key.pem` in DATA_DIR, created (mode 0600) at first start.
   */
  signingKey: string | undefined;
  /** Directory of the signed checkpoint files (AUDIT_CHECKPOINT_DIR, default DATA_DIR/checkpoints). */
  checkpointDir: string;
  /** Also send each checkpoint to a syslog server over UDP (AUDIT_CHECKPOINT_SYSLOG=host:port). */
  checkpointSyslog: { host: string; port: number } | null;
}

/** Where and when backups are taken, and how many are kept. */
export interface BackupConfig {
  dir: string;
  /** Times of day in Japan time ("HH:MM"), empty when scheduled backups are off. */
  times: string[];
  keepDaily: number;
  keepMonthly: number;
  /** Take a backup before applying migrations to a database that has data. */
  beforeMigration: boolean;
  /** Export every organization's audit log, signed, beside each scheduled backup. */
  auditExport: boolean;
}

/** A setting that cannot be used, named in Japanese and English. */
export class ConfigError extends Error {}

function bad(name: string, value: string | undefined, key: ConsoleKey, params = {}): never {
  const [ja, en] = consolePair(key, params);
  const said = key === 'config.tls_pair' ? `${ja} / ${en}` : `${name} ${ja} / ${name} ${en}`;
  throw new ConfigError(`${said}: ${JSON.stringify(value)}`);
}

function count(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) bad(name, raw, 'config.whole_number', { max });
  return n;
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['on', '1', 'true', 'yes'].includes(raw)) return true;
  if (['off', '0', 'false', 'no'].includes(raw)) return false;
  return bad(name, env[name], 'config.on_off');
}

function backupTimes(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return ['02:30'];
  if (raw.trim().toLowerCase() === 'off') return [];
  const times = raw.split(',').map((s) => s.trim());
  for (const t of times) {
    const m = /^(\d{1,2}):(\d{2})$/.exec(t);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) bad('BACKUP_TIME', raw, 'config.backup_times');
  }
  return [...new Set(times.map((t) => t.padStart(5, '0')))].sort();
}

function sqliteSync(raw: string | undefined): Config['sqliteSync'] {
  const v = (raw ?? '').trim().toLowerCase();
  if (v === '') return 'flush';
  if (v !== 'flush' && v !== 'full') bad('SQLITE_SYNC', raw, 'config.sqlite_sync');
  return v;
}

function tls(env: NodeJS.ProcessEnv): Config['tls'] {
  const cert = env.TLS_CERT || undefined;
  const key = env.TLS_KEY || undefined;
  if (!cert && !key) return null;
  if (!cert || !key) bad(cert ? 'TLS_KEY' : 'TLS_CERT', cert ? key : cert, 'config.tls_pair');
  return { certFile: path.resolve(cert), keyFile: path.resolve(key) };
}

function syslogTarget(raw: string | undefined): AuditConfig['checkpointSyslog'] {
  if (!raw) return null;
  const m = /^([^:\s]+):(\d{1,5})$/.exec(raw.trim());
  if (!m || Number(m[2]) > 65535) bad('AUDIT_CHECKPOINT_SYSLOG', raw, 'config.syslog');
  return { host: m[1], port: Number(m[2]) };
}

function log(env: NodeJS.ProcessEnv): Config['log'] {
  const file = env.LOG_FILE || undefined;
  if (!file) return null;
  const size = env.LOG_ROTATE_SIZE || '50m';
  if (!/^\d+[kmg]?$/i.test(size)) bad('LOG_ROTATE_SIZE', size, 'config.size');
  const f = (env.LOG_ROTATE ?? 'daily').toLowerCase();
  if (!['daily', 'hourly', 'off'].includes(f)) bad('LOG_ROTATE', env.LOG_ROTATE, 'config.rotate');
  return {
    file: path.resolve(file),
    size: size.toLowerCase(),
    frequency: f === 'off' ? null : (f as 'daily' | 'hourly'),
    keep: count(env, 'LOG_KEEP', 14, 1000),
  };
}

/** Reads the configuration from environment variables (PORT, DATA_DIR, DATABASE_URL, LOG_LEVEL, …). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${consoleLine('config.port')}: ${env.PORT}`);
  }
  const host = env.HOST ?? '127.0.0.1';
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  const t = tls(env);
  return {
    port,
    host,
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    publicOrigin: env.PUBLIC_ORIGIN ?? `${t ? 'https' : 'http'}://localhost:${port}`,
    smtpUrl: env.SMTP_URL || undefined,
    tls: t,
    log: log(env),
    demo: onOff(env, 'MAMORI_DEMO', false),
    sqliteSync: sqliteSync(env.SQLITE_SYNC),
    jobs: {
      concurrency: Math.max(1, count(env, 'JOB_CONCURRENCY', 4, 32)),
      keepDays: count(env, 'JOB_KEEP_DAYS', 14, 3660),
    },
    backup: {
      dir: path.resolve(env.BACKUP_DIR || path.join(dataDir, 'backups')),
      times: backupTimes(env.BACKUP_TIME),
      keepDaily: count(env, 'BACKUP_KEEP_DAILY', 14, 3660),
      keepMonthly: count(env, 'BACKUP_KEEP_MONTHLY', 12, 1200),
      beforeMigration: onOff(env, 'BACKUP_BEFORE_MIGRATION', true),
      auditExport: onOff(env, 'AUDIT_EXPORT', true),
    },
    audit: {
      signingKey: env.MAMORI_SIGNING_KEY || undefined,
      checkpointDir: path.resolve(env.AUDIT_CHECKPOINT_DIR || path.join(dataDir, 'checkpoints')),
      checkpointSyslog: syslogTarget(env.AUDIT_CHECKPOINT_SYSLOG),
    },
  };
}
