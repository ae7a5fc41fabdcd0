/** Figures outside the HTTP load: policy analysis of the sample policies, the web bundle and the browser. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { analyzePolicy } from '../src/modules/policy/analyze.ts';
import { prepareFromBytes } from '../src/modules/policy/import.ts';
import { percentile } from './load.ts';

const root = path.resolve(import.meta.dirname, '..');

export async function policyTimes(runs: number) {
  const dir = path.join(root, 'samples/policies');
  const out: { file: string; bytes: number; prepareMs: number; analyzeMs: number }[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => /^\d{3}-.*\.txt$/.test(f))) {
    const bytes = fs.readFileSync(path.join(dir, file));
    const prep: number[] = [];
    const ana: number[] = [];
    let text = '';
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      text = (await prepareFromBytes(bytes)).text;
      prep.push(performance.now() - t);
      t = performance.now();
      analyzePolicy(text);
      ana.push(performance.now() - t);
    }
    prep.sort((a, b) => a - b);
    ana.sort((a, b) => a - b);
    out.push({ file, bytes: bytes.length, prepareMs: percentile(prep, 50), analyzeMs: percentile(ana, 50) });
  }
  return out;
}

/** Initial JS of web/dist (entry script + modulepreloads), gzip level 9. */
export function initialJs(): { files: string[]; rawKb: number; gzipKb: number } | null {
  const index = path.join(root, 'web/dist/index.html');
  if (!fs.existsSync(index)) return null;
  const html = fs.readFileSync(index, 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const b = fs.readFileSync(path.join(root, 'web/dist', f));
    raw += b.length;
    gz += zlib.gzipSync(b, { level: 9 }).length;
  }
  return { files, rawKb: raw / 1024, gzipKb: gz / 1024 };
}

/** One load of the home page in a browser context; times from navigation start. */
async function loadHome(ctx: import('playwright-core').BrowserContext, base: string) {
  const page = await ctx.newPage();
  const t0 = performance.now();
  // BENCH_BROWSER_TRACE=1 prints when each response of the page load finished.
  if (process.env.BENCH_BROWSER_TRACE)
    page.on('requestfinished', (r) =>
      console.log(
        `  ${(performance.now() - t0).toFixed(0).padStart(5)} ms ${r.method()} ${r.url().replace(base, '')}`,
      ),
    );
  const idleAt = page.waitForLoadState('networkidle', { timeout: 15_000 }).then(() => performance.now() - t0);
  await page.goto('/', { waitUntil: 'commit', timeout: 15_000 });
  await page.locator('#home-areas').waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForFunction(() => !document.querySelector('#main [role=status].loading'), undefined, {
    timeout: 15_000,
  });
  const interactive = performance.now() - t0;
  const networkIdle = await idleAt;
  const domInteractive = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return n.domInteractive;
  });
  await page.close();
  return { interactive, networkIdle, domInteractive };
}

/**
 * Home page in headless Chromium, signed in. Interactive = the home screen's area links are shown and
 * no loading indicator is left in the main area (the dashboard's figures have arrived). Each round is a
 * first visit (new browser profile, empty cache) and a repeat visit (same profile: the hashed files are
 * cached, as on an office PC the day after). Also network idle (by definition 500 ms of quiet after the
 * last request) and the document's domInteractive, for the first visit.
 */
export async function browserHome(
  base: string,
  cookie: string | null,
  runs: number,
): Promise<{ medianMs: number; repeatMs: number; networkIdleMs: number; domInteractiveMs: number } | string> {
  if (!fs.existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) return 'no Chromium';
  if (!fs.existsSync(path.join(root, 'web/dist/index.html'))) return 'web/dist missing (npm run build)';
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const first: number[] = [];
    const repeat: number[] = [];
    const idle: number[] = [];
    const di: number[] = [];
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext({ baseURL: base, locale: 'ja-JP' });
      if (cookie) {
        const [name, value] = cookie.split('=');
        await ctx.addCookies([{ name, value, url: base }]);
      }
      const a = await loadHome(ctx, base);
      first.push(a.interactive);
      idle.push(a.networkIdle);
      di.push(a.domInteractive);
      repeat.push((await loadHome(ctx, base)).interactive);
      await ctx.close();
    }
    for (const x of [first, repeat, idle, di]) x.sort((p, q) => p - q);
    return {
      medianMs: percentile(first, 50),
      repeatMs: percentile(repeat, 50),
      networkIdleMs: percentile(idle, 50),
      domInteractiveMs: percentile(di, 50),
    };
  } catch (e) {
    return `failed: ${String(e).slice(0, 200)}`;
  } finally {
    await browser.close();
  }
}
