// What of the source tree goes into a release archive, and a check that nothing shipped imports a file left out.
import fs from 'node:fs';
import path from 'node:path';

/** Test code (and the helpers only tests import) stays out of the archive. */
const TEST_ONLY = /(\.test\.ts|\.test-support\.ts|[/\\]testkit\.ts|[/\\]test-org\.ts|[/\\]test-helpers\.ts)$/;

/** True for a file of src/ that the server or its command-line tools run. */
export function shippedSource(file: string): boolean {
  return !TEST_ONLY.test(file) && !file.split(path.sep).includes('fixtures');
}

/** Copies a folder, keeping only the files `keep` accepts. */
export function copyTree(from: string, to: string, keep: (file: string) => boolean = () => true): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(src, dst, keep);
    else if (keep(src)) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(src, dst);
    }
  }
}

const IMPORT = /(?:from\s+|import\s*\(\s*|new URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Relative imports (static, dynamic and worker URLs) of every .ts file under `dir` whose target is missing. */
export function checkImports(dir: string): string[] {
  const missing: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        for (const m of fs.readFileSync(p, 'utf8').matchAll(IMPORT)) {
          const target = path.resolve(path.dirname(p), m[1]);
          if (/\.(ts|js|json)$/.test(target) && !fs.existsSync(target))
            missing.push(`${path.relative(dir, p)} → ${m[1]}`);
        }
      }
    }
  };
  walk(dir);
  return missing;
}
