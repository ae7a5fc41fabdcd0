// Builds the web UI when web/dist is missing or older than its sources. npm runs it as `prepare` at the
// end of `npm install` in a git checkout, so a fresh clone needs only `npm install` and `npm start`, and
// `npm start` itself never needs a development dependency. An install without development dependencies
// (`--omit=dev`) has no Vite: it says so and leaves the build to the release archive or `npm run build`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'web/dist/index.html');

function newest(dir: string): number {
  let max = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return max;
}

const sources = [
  path.join(root, 'web/src'),
  path.join(root, 'web/index.html'),
  path.join(root, 'web/vite.config.ts'),
].filter((p) => fs.existsSync(p));
const srcTime = Math.max(
  0,
  ...sources.map((p) => (fs.statSync(p).isDirectory() ? newest(p) : fs.statSync(p).mtimeMs)),
);
const built = fs.existsSync(dist) ? fs.statSync(dist).mtimeMs : 0;

const vite = path.join(root, 'node_modules/vite/bin/vite.js');
if (sources.length && built < srcTime && !fs.existsSync(vite)) {
  console.log(
    'web UI not built: Vite is not installed (development dependencies omitted); run `npm install` then `npm run build`' +
      ' (画面は構築されていません: 開発用パッケージがありません)',
  );
} else if (sources.length && built < srcTime) {
  console.log('Building the web UI (画面を構築しています)…');
  execFileSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}
