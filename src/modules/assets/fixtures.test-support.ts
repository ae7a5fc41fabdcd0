import assert from 'node:assert/strict';
import type { Client } from '../../../test/support/http.ts';

/** Enters the seed-001 style scheme (重要性 I/II/III; I and II need a lockable place) and returns its level ids. */
export async function enterSingleAxisScheme(
  c: Client,
  designatorsOfI: string[] = [],
  clausePath: string | null = '第2章/2./(1)',
) {
  const r = await c.post('/api/classification/versions', {
    name: '重要性',
    clausePath,
    axes: [
      {
        name: '重要性',
        levels: [
          {
            label: 'I',
            definition: '個人情報',
            restrictions: ['複製禁止'],
            requiresLockable: true,
            designators: designatorsOfI,
          },
          { label: 'II', restrictions: ['外部提供禁止'], requiresLockable: true },
          { label: 'III' },
        ],
      },
    ],
  });
  assert.equal(r.statusCode, 200, r.body);
  const s = (await c.get('/api/classification')).json().active;
  const [I, II, III] = s.axes[0].levels.map((l: { id: string }) => l.id);
  return { versionId: r.json().id as string, I, II, III, axisId: s.axes[0].id as string };
}
