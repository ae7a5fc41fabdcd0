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

/**
 * Home page in headless Chromium, from navigation start: interactive = the home screen's area links are
 * shown and no loading indicator is left in the main area (the dashboard's figures have arrived); also
 * network idle (which by definition adds a 500 ms quiet period) and the document's domInteractive.
 */
export async function browserHome(
  base: string,
  cookie: string | null,
  runs: number,
): Promise<{ medianMs: number; networkIdleMs: number; domInteractiveMs: number } | string> {
  if (!fs.existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) return 'no Chromium';
  if (!fs.existsSync(path.join(root, 'web/dist/index.html'))) return 'web/dist missing (npm run build)';
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const times: number[] = [];
    const idle: number[] = [];
    const di: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A fresh context each time: cold HTTP cache, like a first visit of the day.
      const ctx = await browser.newContext({ baseURL: base, locale: 'ja-JP' });
      if (cookie) {
        const [name, value] = cookie.split('=');
        await ctx.addCookies([{ name, value, url: base }]);
      }
      const page = await ctx.newPage();
      const t0 = performance.now();
      const idleAt = page
        .waitForLoadState('networkidle', { timeout: 15_000 })
        .then(() => performance.now() - t0);
      await page.goto('/', { waitUntil: 'commit', timeout: 15_000 });
      await page.locator('#home-areas').waitFor({ state: 'visible', timeout: 15_000 });
      await page.waitForFunction(() => !document.querySelector('#main [role=status].loading'), undefined, {
        timeout: 15_000,
      });
      times.push(performance.now() - t0);
      idle.push(await idleAt);
      di.push(
        await page.evaluate(() => {
          const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return n.domInteractive;
        }),
      );
      await ctx.close();
    }
    for (const a of [times, idle, di]) a.sort((x, y) => x - y);
    return {
      medianMs: percentile(times, 50),
      networkIdleMs: percentile(idle, 50),
      domInteractiveMs: percentile(di, 50),
    };
  } catch (e) {
    return `failed: ${String(e).slice(0, 200)}`;
  } finally {
    await browser.close();
  }
}
