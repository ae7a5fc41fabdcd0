/**
 * One server and one browser for a test file: started before its tests, stopped after them. Call
 * `browserRun()` at the top of the file (or of a `describe`); its `ready` step opens the pages the tests use.
 */
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { firstSignIn } from './flows.ts';
import { demoPassword, startServer, type TestServer } from './server.ts';

export interface BrowserRun {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A new page in its own browser context (its own cookies: another person or device), not signed in. */
  page(): Promise<Page>;
  /** A new page after the first sign-in of a demo person, or of the initial administrator with `'admin'`. */
  signedIn(loginId: string): Promise<Page>;
  /** The authenticator secret a person enrolled at their first sign-in through `signedIn`. */
  totpSecret(loginId: string): string;
}

export interface BrowserRunOptions {
  /** Extra environment of the server (e.g. a backup folder); a function is asked just before the start. */
  env?: Record<string, string> | (() => Record<string, string>);
  /** Runs once the server and browser are up, before the first test: open and sign in the file's pages. */
  ready?: (run: BrowserRun) => Promise<void>;
  /** Runs after the browser and server have stopped: remove what the file made. */
  cleanup?: () => void | Promise<void>;
}

export function browserRun(options: BrowserRunOptions = {}): BrowserRun {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const secrets = new Map<string, string>();
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started yet (use it from a test or ready)`);
    return value;
  };
  const run: BrowserRun = {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    page: () => newPage(run.browser, run.server.url),
    async signedIn(loginId) {
      const page = await run.page();
      const s = run.server;
      const [login, password] =
        loginId === 'admin' ? [s.adminLoginId, s.adminPassword] : [loginId, demoPassword(s, loginId)];
      secrets.set(loginId, await firstSignIn(page, login, password));
      return page;
    },
    totpSecret(loginId) {
      return started(secrets.get(loginId), `sign-in of ${loginId}`);
    },
  };
  before(async () => {
    server = await startServer(typeof options.env === 'function' ? options.env() : options.env);
    browser = await launchBrowser();
    await options.ready?.(run);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await options.cleanup?.();
  });
  return run;
}
