/**
 * Every notification lands: each `link` the server writes into a notification, a mail or a "my work" item
 * opens a screen the web app has (a route of web/src/routes.tsx). A link to a screen that does not exist
 * is what sent respondents to 「ページが見つかりません」.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Path templates of the screens: `/inspections/audits/:id` (each route is `['/path', Screen, fn?]`). */
function screens(): string[][] {
  const text = fs.readFileSync(path.join(ROOT, 'web/src/routes.tsx'), 'utf8');
  return [...text.matchAll(/\['(\/[^']*)', \w+/g)].map((m) => m[1].split('/'));
}

/** Every link the server writes: `/inspections/audits/${planId}` becomes segments with `${}` placeholders. */
function serverLinks(): { file: string; link: string }[] {
  return sources(path.join(ROOT, 'src/modules')).flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return [...text.matchAll(/\blink: (['`])(\/[^'`]*)\1/g)].map((m) => ({
      file: path.relative(ROOT, file),
      link: m[2],
    }));
  });
}

/** A placeholder segment fills a parameter of the route; a literal segment must be equal. */
function lands(link: string, routes: string[][]): boolean {
  const segs = link.split('?')[0].split('/');
  return routes.some(
    (r) =>
      r.length === segs.length &&
      r.every((part, i) =>
        part.startsWith(':') ? segs[i] !== '' : part === segs[i] && !segs[i].includes('${'),
      ),
  );
}

test('every link a notification, a mail or a "my work" item carries opens a screen of the web app', () => {
  const routes = screens();
  assert.ok(routes.length > 50, 'the routes were read');
  const links = serverLinks();
  assert.ok(links.length >= 25, `the links were found (${links.length})`);
  const kinds = new Set(links.map((l) => l.link));
  for (const expected of ['/inspections/assessment/mine', '/inspections/audits/${planId}', '/my-work'])
    assert.ok(kinds.has(expected), `${expected} is among the links`);
  const dead = links.filter((l) => !lands(l.link, routes)).map((l) => `${l.file}: ${l.link}`);
  assert.deepEqual(dead, []);
  // The check itself tells a dead link from a live one.
  assert.equal(lands('/assessment/mine', routes), false);
  assert.equal(lands('/audits/${planId}', routes), false);
  assert.equal(lands('/inspections/audits/${id}', routes), true);
});
