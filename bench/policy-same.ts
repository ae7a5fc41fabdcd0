/**
 * The policy engine gives the same analysis as another checkout's (a speed change must not change a result):
 * every corpus and sample text and the 60,000-character policy, serialized and compared byte for byte.
 *   node bench/policy-same.ts /path/to/other/checkout
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzePolicy } from '../src/modules/policy/analyze.ts';
import { longPolicy } from './policy-long.ts';

const base = process.argv[2];
if (!base) {
  process.stderr.write('usage: node bench/policy-same.ts /path/to/other/checkout\n');
  process.exit(2);
}
const other = (await import(pathToFileURL(resolve(base, 'src/modules/policy/analyze.ts')).href)) as {
  analyzePolicy: typeof analyzePolicy;
};

const root = new URL('../', import.meta.url).pathname;
const texts = (dir: string) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
const files = [...texts('samples/policies'), ...texts('test/policy-corpus')];

let differ = 0;
const check = (name: string, text: string) => {
  const a = JSON.stringify(other.analyzePolicy(text));
  const b = JSON.stringify(analyzePolicy(text));
  if (a === b) return;
  differ++;
  let i = 0;
  while (a[i] === b[i]) i++;
  process.stdout.write(
    `DIFFERS ${name} at ${i}:\n  other: ${a.slice(i - 80, i + 120)}\n  this:  ${b.slice(i - 80, i + 120)}\n`,
  );
};
for (const f of files) check(f, readFileSync(join(root, f), 'utf8'));
check('bench/policy-long.ts (60,000 characters)', longPolicy(60_000));
process.stdout.write(`${files.length + 1} texts, ${differ} differ\n`);
process.exit(differ ? 1 : 0);
