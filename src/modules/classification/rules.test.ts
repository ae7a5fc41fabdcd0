import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMessages } from '../../i18n/index.ts';
import { en, ja } from './messages.ts';
import { canLower, highestOf, labelText, levelName, type Scheme, validateStorage } from './rules.ts';

// The module's texts, as the registry adds them when the server starts (「未分類」 is one).
addMessages(ja, en);

const lv = (
  axisId: string,
  id: string,
  label: string,
  rank: number,
  extra: Partial<{ requiresLockable: boolean; requiresOffsite: boolean }> = {},
) => ({
  id,
  axisId,
  label,
  rank,
  definition: null,
  restrictions: [],
  requiresLockable: false,
  requiresOffsite: false,
  designators: [],
  ...extra,
});
const single: Scheme = {
  versionId: 'v',
  name: '重要性',
  axes: [
    {
      id: 'x',
      name: '重要性',
      levels: [
        lv('x', 'I', 'I', 1, { requiresLockable: true }),
        lv('x', 'II', 'II', 2, { requiresLockable: true }),
        lv('x', 'III', 'III', 3),
      ],
    },
  ],
};
const cia: Scheme = {
  versionId: 'w',
  name: 'CIA',
  axes: [
    {
      id: 'c',
      name: '機密性',
      levels: [lv('c', 'c3', '3', 1), lv('c', 'c2', '2', 2), lv('c', 'c1', '1', 3)],
    },
    { id: 'i', name: '完全性', levels: [lv('i', 'i2', '2', 1), lv('i', 'i1', '1', 2)] },
    {
      id: 'a',
      name: '可用性',
      levels: [lv('a', 'a2', '2', 1, { requiresOffsite: true }), lv('a', 'a1', '1', 2)],
    },
  ],
};

test('[R-B7] highestOf takes the highest level per axis by the scheme order, not by the label text', () => {
  assert.equal(highestOf(['III', 'II', 'III'], single).get('x')?.label, 'II');
  // A scheme whose labels sort the other way round: the order is the rank, never the string.
  const reversed: Scheme = {
    versionId: 'r',
    name: 'r',
    axes: [{ id: 'x', name: '区分', levels: [lv('x', 'a', '1', 1), lv('x', 'b', '3', 2)] }],
  };
  assert.equal(highestOf(['b', 'a'], reversed).get('x')?.label, '1');
});

test('[R-B13] three-axis schemes: the highest is computed per axis', () => {
  const h = highestOf(['c1', 'c3', 'i1', 'a1', 'a2'], cia);
  assert.deepEqual([h.get('c')?.label, h.get('i')?.label, h.get('a')?.label], ['3', '1', '2']);
  assert.equal(labelText(h, cia), '機密性3・完全性1・可用性2');
});

test('[R-B3] canLower refuses a lowering without a reason and allows raising', () => {
  const [I, , III] = single.axes[0].levels;
  assert.equal(canLower(I, III), false);
  assert.equal(canLower(I, III, { reason: '  ' }), false);
  assert.equal(canLower(I, III, { reason: '公開済み' }), true);
  assert.equal(canLower(III, I), true);
});

test('[R-B8] validateStorage names the unmet requirement', () => {
  const p = validateStorage([single.axes[0].levels[1]], { name: '書庫', lockable: false, offsite: false });
  assert.deepEqual(
    p.map((x) => x.need),
    ['lockable'],
  );
  assert.equal(
    validateStorage([cia.axes[2].levels[0]], { name: '遠隔地', lockable: false, offsite: true }).length,
    0,
  );
});

test('[R-B4] a level typed with its axis name is not prefixed twice (重要性II, never 重要性重要性II)', () => {
  const typed: Scheme = {
    ...single,
    axes: [
      { ...single.axes[0], levels: single.axes[0].levels.map((l) => ({ ...l, label: `重要性${l.label}` })) },
    ],
  };
  assert.equal(labelText([typed.axes[0].levels[1]], typed), '重要性II');
});

test('[R-B4] label text for one axis and for an unclassified asset', () => {
  assert.equal(labelText([single.axes[0].levels[1]], single), '重要性II');
  assert.equal(labelText([], single), '未分類');
});

test('a level written as a symbol carries its axis name; a level named in words stands alone, as the policy names it', () => {
  assert.equal(levelName('重要性', 'II'), '重要性II');
  assert.equal(levelName('機密性', '3'), '機密性3');
  assert.equal(levelName('機密性', '３'), '機密性３');
  assert.equal(levelName('重要性', 'Ⅲ'), '重要性Ⅲ');
  assert.equal(levelName('機密性', '2(a)'), '機密性2(a)');
  assert.equal(levelName('機密性', '3A'), '機密性3A');
  assert.equal(levelName('重要性', '重要性II'), '重要性II');
  assert.equal(levelName('機密性', '秘'), '秘');
  assert.equal(levelName('機密性', '取扱注意'), '取扱注意');
  assert.equal(levelName('機密性', '機密情報'), '機密情報');
});
