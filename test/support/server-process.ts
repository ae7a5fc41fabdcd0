import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { generateSync } from 'otplib';

const root = path.resolve(import.meta.dirname, '../..');

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** The real server as `npm start` runs it, in a child process. */
export class ServerProcess {
  child: ChildProcess | null = null;
  readonly env: NodeJS.ProcessEnv;
  readonly port: number;
  output = '';

  constructor(port: number, env: NodeJS.ProcessEnv) {
    this.port = port;
    this.env = env;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the server and resolves when it answers /healthz (or `probe` succeeds); returns the milliseconds it took. */
  async start(opts: { probe?: () => Promise<{ status: number }> } = {}): Promise<number> {
    const t0 = performance.now();
    this.output = '';
    const child = spawn(path.join(root, 'node_modules/.bin/node'), [path.join(root, 'src/main.js')], {
      cwd: root,
      env: {
        ...process.env,
        MAMORI_DEMO: '1',
        ...this.env,
        PORT: String(this.port),
        LOG_LEVEL: this.env.LOG_LEVEL ?? 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (d) => {
      this.output += d;
    });
    child.stderr?.on('data', (d) => {
      this.output += d;
    });
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited: ${this.output}`);
      try {
        const r = opts.probe ? await opts.probe() : await fetch(`${this.url}/healthz`);
        if (r.status === 200) return performance.now() - t0;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Kills the server without warning (SIGKILL) and waits until it is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
    this.child = null;
  }
}

/** A fetch-based client with cookie and CSRF handling, like the browser. */
export class HttpClient {
  cookie = '';
  csrf = '';
  readonly base: string;

  constructor(base: string) {
    this.base = base;
  }

  async call(
    method: string,
    url: string,
    body?: unknown,
  ): Promise<{ status: number; json: () => unknown; text: string }> {
    const res = await fetch(this.base + url, {
      method,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    const m = set?.match(/mamori_session=([^;]*)/);
    if (m) this.cookie = m[1] ? `mamori_session=${m[1]}` : '';
    const text = await res.text();
    return { status: res.status, text, json: () => JSON.parse(text) };
  }

  async refreshCsrf(): Promise<void> {
    const r = await this.call('GET', '/api/session');
    if (r.status === 200) this.csrf = (r.json() as { csrfToken: string }).csrfToken;
  }

  /** First sign-in of a seeded user: one-time password → new password → TOTP enrolment. Returns the TOTP secret. */
  async firstSignIn(loginId: string, oneTime: string, newPassword: string): Promise<string> {
    const login = await this.call('POST', '/api/auth/login', { loginId, password: oneTime });
    if (login.status !== 200) throw new Error(`login failed: ${login.text}`);
    await this.refreshCsrf();
    const pw = await this.call('POST', '/api/auth/password', { currentPassword: oneTime, newPassword });
    if (pw.status !== 200) throw new Error(`password change failed: ${pw.text}`);
    await this.refreshCsrf();
    const setup = await this.call('POST', '/api/auth/totp/setup');
    const { secret } = setup.json() as { secret: string };
    const confirm = await this.call('POST', '/api/auth/totp/confirm', { code: generateSync({ secret }) });
    if (confirm.status !== 200) throw new Error(`TOTP failed: ${confirm.text}`);
    await this.refreshCsrf();
    return secret;
  }
}

/** Reads the one-time passwords the first start wrote into the data directory. */
export function initialPasswords(dataDir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of fs.readFileSync(path.join(dataDir, 'initial-passwords.txt'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [login, pw] = line.split('\t');
    out.set(login, pw);
  }
  return out;
}
