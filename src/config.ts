import path from 'node:path';

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
}

/** Reads the configuration from environment variables (PORT, DATA_DIR, DATABASE_URL, LOG_LEVEL, …). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number (ポート番号が不正です): ${env.PORT}`);
  }
  const host = env.HOST ?? '127.0.0.1';
  return {
    port,
    host,
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    publicOrigin: env.PUBLIC_ORIGIN ?? `http://localhost:${port}`,
    smtpUrl: env.SMTP_URL || undefined,
  };
}
