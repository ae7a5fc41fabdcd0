/**
 * Sample 001 imported through the API as a laid-out PDF and as a Word file numbered by Word's lists:
 * the same clause tree, CISO on top at 事務局長, and the 重要性 I/II/III scheme proposed, as from the text.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { laidOutPdf, numberedDocx } from '../../../test/support/policy-renditions.ts';
import { sample, upload } from './test-helpers.ts';

const t = testAppPerFile();

interface Imported {
  paths: string[];
  roles: { title: string; payload: { tier: number; post: string | null; committee: boolean } }[];
  classification: string;
}

async function importAs(bytes: Buffer, fileName: string): Promise<Imported> {
  const org = await makeOrg(t.db);
  const c = await signedIn(t, await makeUser(t.db, org, { functions: ['policy.manage'] }));
  const r = await upload(c, bytes, fileName);
  assert.equal(r.statusCode, 201, r.body);
  const versionId = r.json().versionId;
  const v = (await c.get(`/api/policy/versions/${versionId}`)).json();
  const paths: string[] = [];
  const walk = (ns: { path: string; title?: string; children: never[] }[]) => {
    for (const n of ns) {
      paths.push(`${n.path}|${n.title ?? ''}`);
      walk(n.children);
    }
  };
  walk(v.tree);
  const items = (await c.get(`/api/policy/versions/${versionId}/proposals`)).json().items;
  return {
    paths,
    roles: items.filter((p: { kind: string }) => p.kind === 'roles'),
    classification: items
      .filter((p: { kind: string }) => p.kind === 'classification')
      .map((p: { detail?: string; title: string }) => `${p.title} ${p.detail ?? ''}`)
      .join(' '),
  };
}

describe('sample 001 through the import', () => {
  test('[R-P1] as a PDF and as a Word file: the same tree, CISO on top, 重要性 I/II/III proposed', async () => {
    const text = sample('001-hagi-nagato-seiso.txt');
    const fromText = await importAs(text, '001.txt');
    for (const [bytes, name] of [
      [await laidOutPdf(text.toString('utf8'), '情報セキュリティポリシー'), '001.pdf'],
      [await numberedDocx(text.toString('utf8')), '001.docx'],
    ] as const) {
      const got = await importAs(bytes, name);
      assert.deepEqual(got.paths, fromText.paths, name);
      const people = got.roles.filter((r) => !r.payload.committee);
      const top = people.filter((r) => r.payload.tier === Math.min(...people.map((p) => p.payload.tier)));
      assert.deepEqual(
        top.map((r) => [r.title, r.payload.post]),
        [['CISO', '事務局長']],
        name,
      );
      assert.match(got.classification, /重要性.*I.*II.*III/, name);
      assert.equal(got.classification, fromText.classification, name);
    }
  });
});
