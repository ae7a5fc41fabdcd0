/**
 * Module boundaries of the server (`npm run check`):
 * - code outside `src/modules/<m>/` reaches module `m` only through `src/modules/<m>/index.ts`;
 * - no module imports `src/demo/`;
 * - modules do not depend on each other in a circle (type-only imports included: a circle of
 *   types is still a circle of knowledge).
 *
 * Test code (`*.test.ts`, `testkit.ts`, `*.test-support.ts`) may read any module's internals to set
 * up and assert, and is left out of the circles.
 *
 * Our own script rather than dependency-cruiser: TypeScript 7 has no JavaScript compiler API for it to
 * parse `.ts` with, and the rule is small. `scripts/module-boundaries.allow` lists the problems that
 * were there before the rule: it may only shrink (a line that no longer matches fails too).
 * Run: `node scripts/check-modules.ts` (exit 1 and one line per problem when the rules do not hold).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ImportRef {
  specifier: string;
  /** `import type …` / `import('…').T` in a type: erased at run time. */
  typeOnly: boolean;
  line: number;
}

export interface Problem {
  file: string;
  line: number;
  message: string;
}

const STATIC = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"\n]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** Every module specifier a TypeScript source names, with whether it is only a type. */
export function scanImports(source: string): ImportRef[] {
  const code = stripComments(source);
  const lineOf = (index: number) => code.slice(0, index).split('\n').length;
  const refs: ImportRef[] = [];
  for (const m of code.matchAll(STATIC)) {
    const at = (m.index ?? 0) + m[0].indexOf(m[1]);
    refs.push({ specifier: m[3], typeOnly: Boolean(m[2]), line: lineOf(at) });
  }
  for (const m of code.matchAll(DYNAMIC)) {
    // `import('x').T` inside a type is erased; `await import('x')` runs.
    const after = code.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 1);
    refs.push({ specifier: m[1], typeOnly: after === '.', line: lineOf(m.index ?? 0) });
  }
  return refs;
}

/** Blanks comments (keeping line breaks and string contents) so commented-out imports do not count. */
function stripComments(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** `src/modules/<m>/…` → `m`; anything else → null. Paths are relative to the repository, with `/`. */
export function moduleOf(file: string): string | null {
  const m = /^src\/modules\/([^/]+)\//.exec(file);
  return m ? m[1] : null;
}

/** Test code: may read internals to set up and assert; not part of the module graph. */
export function isTestCode(file: string): boolean {
  return /(\.test|\.test-support)\.ts$|\/testkit\.ts$/.test(file);
}

/**
 * Checks the rules over a set of files (repository-relative path → source). `allowed` holds keys of
 * problems tolerated for now: `file -> target` for an import, `circle-edge a -> b` for a module
 * dependency left out of the circle search. Returns the problems not allowed and the allowed keys
 * that no longer occur.
 */
export function checkModules(
  files: Map<string, string>,
  allowed: Set<string> = new Set(),
): { problems: Problem[]; stale: string[] } {
  const problems: Problem[] = [];
  const used = new Set<string>();
  const report = (key: string, problem: Problem) => {
    if (allowed.has(key)) used.add(key);
    else problems.push(problem);
  };
  const edges = new Map<string, Map<string, { file: string; line: number }>>();
  for (const [file, source] of files) {
    const from = moduleOf(file);
    const test = isTestCode(file);
    for (const ref of scanImports(source)) {
      if (!ref.specifier.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), ref.specifier));
      const to = moduleOf(target);
      if (from && target.startsWith('src/demo/')) {
        report(`${file} -> ${target}`, {
          file,
          line: ref.line,
          message: `module ${from} imports the demo (${target})`,
        });
      }
      if (!to || to === from || test) continue;
      if (target !== `src/modules/${to}/index.ts`) {
        report(`${file} -> ${target}`, {
          file,
          line: ref.line,
          message: `imports ${target}: another module is reached only through src/modules/${to}/index.ts`,
        });
      }
      if (!from) continue;
      if (allowed.has(`circle-edge ${from} -> ${to}`)) {
        used.add(`circle-edge ${from} -> ${to}`);
        continue;
      }
      const out = edges.get(from) ?? new Map();
      if (!out.has(to)) out.set(to, { file, line: ref.line });
      edges.set(from, out);
    }
  }
  for (const cycle of moduleCycles(edges)) {
    const first = edges.get(cycle[0])?.get(cycle[1]);
    problems.push({
      file: first?.file ?? `src/modules/${cycle[0]}`,
      line: first?.line ?? 0,
      message: `modules import each other in a circle: ${[...cycle, cycle[0]].join(' → ')}`,
    });
  }
  return { problems, stale: [...allowed].filter((key) => !used.has(key)).sort() };
}

/** One shortest circle per strongly connected group of modules (Tarjan), each starting at its least name. */
function moduleCycles(edges: Map<string, Map<string, unknown>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group);
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  return groups.map((group) => shortestCircle(edges, group.sort()[0], new Set(group)));
}

function shortestCircle(edges: Map<string, Map<string, unknown>>, start: string, within: Set<string>) {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift() as string;
    for (const w of [...(edges.get(v)?.keys() ?? [])].sort()) {
      if (!within.has(w)) continue;
      if (w === start) {
        const circle = [v];
        while (circle[0] !== start) circle.unshift(previous.get(circle[0]) as string);
        return circle;
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

function sourceFiles(root: string, dir: string, out: Map<string, string>) {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) sourceFiles(root, rel, out);
    else if (entry.name.endsWith('.ts')) out.set(rel, readFileSync(path.join(root, rel), 'utf8'));
  }
}

/** The allow-list: one key a line; `#` starts a comment. */
export function readAllowList(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter(Boolean),
  );
}

if (import.meta.main) {
  const root = path.resolve(import.meta.dirname, '..');
  const files = new Map<string, string>();
  sourceFiles(root, 'src', files);
  const allowed = readAllowList(readFileSync(path.join(root, 'scripts/module-boundaries.allow'), 'utf8'));
  const { problems, stale } = checkModules(files, allowed);
  for (const p of problems) console.error(`${p.file}:${p.line} ${p.message}`);
  for (const key of stale) console.error(`scripts/module-boundaries.allow: no longer needed, remove: ${key}`);
  if (problems.length > 0 || stale.length > 0) {
    console.error(
      `${problems.length} module boundary problem(s), ${stale.length} stale allowance(s): see docs/DEVELOPING.md (Modules).`,
    );
    process.exit(1);
  }
}
