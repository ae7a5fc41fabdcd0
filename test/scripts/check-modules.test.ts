import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkModules, readAllowList, scanImports } from '../../scripts/check-modules.ts';

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('module boundaries check', () => {
  it('reads static, re-export, side-effect, dynamic and type imports, not comments', () => {
    const refs = scanImports(
      [
        "import { a } from './a.ts';",
        "import type { B } from '../b/types.ts';",
        'import {',
        '  c,',
        "} from './c.ts';",
        "export { d } from './d.ts';",
        "import './events.ts';",
        "// import { e } from './e.ts';",
        "const f = await import('./f.ts');",
        "type G = import('./g.ts').G;",
        'const s = \'import { h } from "./h.ts"\';',
      ].join('\n'),
    );
    assert.deepEqual(
      refs.map((r) => [r.specifier, r.typeOnly]),
      [
        ['./a.ts', false],
        ['../b/types.ts', true],
        ['./c.ts', false],
        ['./d.ts', false],
        ['./events.ts', false],
        ['./f.ts', false],
        ['./g.ts', true],
      ],
    );
    assert.equal(refs[2].line, 3);
  });

  it("fails on an import into another module's internals and allows its index.ts", () => {
    const { problems } = checkModules(
      files({
        'src/modules/a/service.ts':
          "import { x } from '../b/service.ts';\nimport { y } from '../b/index.ts';",
        'src/modules/a/inner.ts': "import { z } from './service.ts';",
        'src/server.ts': "import { w } from './modules/b/routes.ts';",
      }),
    );
    assert.deepEqual(
      problems.map((p) => `${p.file}:${p.line}`),
      ['src/modules/a/service.ts:1', 'src/server.ts:1'],
    );
    assert.match(problems[0].message, /src\/modules\/b\/index\.ts/);
  });

  it('fails on a module importing the demo', () => {
    const { problems } = checkModules(
      files({ 'src/modules/org/people.ts': "import { p } from '../../demo/seed.ts';" }),
    );
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /demo/);
  });

  it('fails on modules importing each other in a circle, type imports included', () => {
    const { problems } = checkModules(
      files({
        'src/modules/a/index.ts': "import { b } from '../b/index.ts';",
        'src/modules/b/index.ts': "import { c } from '../c/index.ts';",
        'src/modules/c/index.ts': "import type { A } from '../a/index.ts';",
      }),
    );
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /a → b → c → a/);
  });

  it('lets test code read internals and leaves it out of circles', () => {
    const { problems } = checkModules(
      files({
        'src/modules/a/index.ts': "import { b } from '../b/index.ts';",
        'src/modules/b/testkit.ts': "import { a } from '../a/service.ts';",
        'src/modules/b/x.test.ts': "import { a } from '../a/service.ts';",
      }),
    );
    assert.deepEqual(problems, []);
  });

  it('tolerates only what the allow-list names, and reports allowances no longer needed', () => {
    const source = files({
      'src/modules/a/index.ts': "import { b } from '../b/service.ts';",
      'src/modules/b/index.ts': "import { a } from '../a/index.ts';",
    });
    const allowed = readAllowList(
      '# old\nsrc/modules/a/index.ts -> src/modules/b/service.ts\ncircle-edge b -> a\nsrc/gone.ts -> src/x.ts\n',
    );
    const { problems, stale } = checkModules(source, allowed);
    assert.deepEqual(problems, []);
    assert.deepEqual(stale, ['src/gone.ts -> src/x.ts']);
  });

  it('holds for the server code as it is', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const all = new Map<string, string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const rel = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(rel);
        else if (rel.endsWith('.ts')) all.set(rel, readFileSync(path.join(root, rel), 'utf8'));
      }
    };
    walk('src');
    const allowed = readAllowList(readFileSync(path.join(root, 'scripts/module-boundaries.allow'), 'utf8'));
    const { problems, stale } = checkModules(all, allowed);
    assert.deepEqual(problems, []);
    assert.deepEqual(stale, []);
  });
});
