/**
 * Starts the real mamori server for browser tests: a fresh data folder, a free port, and the
 * one-time administrator password read from what the server prints at first start.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureWebBuild, ROOT } from './build.ts';

export interface TestServer {
  /** Base URL on `localhost` (WebAuthn needs a host name, not an IP address), ending without `/`. */
  url: string;
  adminLoginId: string;
  adminPassword: string;
  dataDir: string;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/** The one-time password the first start wrote for a demo user (initial-passwords.txt in the data folder). */
export function demoPassword(server: TestServer, loginId: string): string {
  const text = fs.readFileSync(path.join(server.dataDir, 'initial-passwords.txt'), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${loginId}\t`));
  if (!line) throw new Error(`no initial password for ${loginId}`);
  return line.split('\t')[1];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const URL_RE = /running at (http:\/\/\S+)/;
const ADMIN_RE = /login ID "([^"]+)", one-time password: (\S+)/;

function nodeBinary(): string {
  const local = path.join(ROOT, 'node_modules/.bin/node');
  return fs.existsSync(local) ? local : process.execPath;
}

export async function startServer(extraEnv: Record<string, string> = {}): Promise<TestServer> {
  await ensureWebBuild();
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-e2e-'));
  const origin = `http://localhost:${port}`;
  const child: ChildProcess = spawn(nodeBinary(), ['src/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      PUBLIC_ORIGIN: origin,
      LOG_LEVEL: 'warn',
      // The browser tests of the sample organizations; a test of a real body's first start clears it.
      MAMORI_DEMO: '1',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (d: string) => {
    out += d;
  });

  const ready = new Promise<{ adminLoginId: string; adminPassword: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${out}`)), 60_000);
    let seenUrl = false;
    child.stdout?.on('data', (d: string) => {
      out += d;
      seenUrl ||= URL_RE.test(out);
      const admin = ADMIN_RE.exec(out);
      if (seenUrl && admin) {
        clearTimeout(timer);
        resolve({ adminLoginId: admin[1], adminPassword: admin[2] });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${out}`));
    });
  });

  let creds: { adminLoginId: string; adminPassword: string };
  try {
    creds = await ready;
  } catch (e) {
    child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }

  return {
    url: origin,
    ...creds,
    dataDir,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
